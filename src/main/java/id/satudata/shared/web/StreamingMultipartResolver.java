package id.satudata.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.AbstractMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import id.satudata.shared.storage.TempFiles;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's multipart resolver: as Spring Boot's (the servlet container parses the body),
 * except for the endpoints that take large tables ({@link #STREAMED}), whose body is read once as it
 * arrives and each file part written straight to a scratch file ({@link MultipartStream}, large
 * writes, no container temp file, no second copy). Limits and their answers are the same: a body or
 * a file over the configured size is {@link MaxUploadSizeExceededException} (413), a broken body a
 * {@link MultipartException} (400). Should something have read the body before (a filter asking for
 * a parameter makes the container parse it), the container's parts are used as before.
 */
class StreamingMultipartResolver extends StandardServletMultipartResolver {

	private static final Logger log = LoggerFactory.getLogger(StreamingMultipartResolver.class);

	/** The paths whose uploads are streamed: the CKAN API's {@code resource_create}. */
	static final Set<String> STREAMED = Set.of("/api/3/action/resource_create", "/api/action/resource_create");

	/** A form field's most bytes (as the container's default form size). */
	static final int MAX_FIELD_BYTES = 2 * 1024 * 1024;

	private final TempFiles tempFiles;
	private final long maxFileSize;
	private final long maxRequestSize;

	StreamingMultipartResolver(TempFiles tempFiles, long maxFileSize, long maxRequestSize) {
		this.tempFiles = tempFiles;
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@Override
	public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
		String boundary = MultipartStream.boundary(request.getContentType());
		if (!streamed(request) || boundary == null) {
			return super.resolveMultipart(request);
		}
		Streamed parsed = new Streamed(request);
		try {
			InputStream in = request.getInputStream();
			int parts = new MultipartStream(in, boundary, maxRequestSize).read(parsed::sink);
			if (parts < 0) {
				// nothing left to read: the container parsed the body already (or there is none)
				return super.resolveMultipart(request);
			}
			parsed.finish();
			return parsed;
		}
		catch (MultipartStream.TooLargeException e) {
			parsed.delete();
			throw new MaxUploadSizeExceededException(e.limit, e);
		}
		catch (IOException | RuntimeException e) {
			parsed.delete();
			throw new MultipartException("Failed to parse multipart servlet request", e);
		}
	}

	@Override
	public void cleanupMultipart(MultipartHttpServletRequest request) {
		if (request instanceof Streamed s) {
			s.delete();
			return;
		}
		Streamed streamed = org.springframework.web.util.WebUtils.getNativeRequest(request, Streamed.class);
		if (streamed != null) {
			streamed.delete();
			return;
		}
		super.cleanupMultipart(request);
	}

	private static boolean streamed(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STREAMED.contains(path);
	}

	/** The request with the body's fields as parameters and its files on disk. */
	final class Streamed extends AbstractMultipartHttpServletRequest {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();
		private final Map<String, String> contentTypes = new LinkedHashMap<>();
		private final MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
		private final List<Path> scratch = new ArrayList<>();
		private final List<OutputStream> open = new ArrayList<>();
		private final Charset charset;

		Streamed(HttpServletRequest request) {
			super(request);
			Charset cs = StandardCharsets.UTF_8;
			try {
				if (request.getCharacterEncoding() != null) {
					cs = Charset.forName(request.getCharacterEncoding());
				}
			}
			catch (RuntimeException e) {
				// unknown: UTF-8
			}
			this.charset = cs;
			// the query string's parameters: asking the container would make it parse the body
			String query = request.getQueryString();
			if (query != null) {
				for (String pair : query.split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					int eq = pair.indexOf('=');
					String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
					String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
					add(name, value);
				}
			}
		}

		/** The files, once the body is read (the superclass keeps a copy of the map). */
		void finish() {
			setMultipartFiles(files);
		}

		private void add(String name, String value) {
			String[] old = parameters.get(name);
			String[] values = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
			values[values.length - 1] = value;
			parameters.put(name, values);
		}

		MultipartStream.Sink sink(MultipartStream.PartHeaders headers) {
			String disposition = headers.get(HttpHeaders.CONTENT_DISPOSITION);
			ContentDisposition cd = disposition == null ? ContentDisposition.empty() : ContentDisposition.parse(disposition);
			String name = cd.getName();
			String type = headers.get(HttpHeaders.CONTENT_TYPE);
			if (name == null) {
				// not a form field: read and dropped
				return new Dropped();
			}
			if (cd.getFilename() == null) {
				return new Field(name, type);
			}
			Path file = tempFiles.newFile(".part");
			scratch.add(file);
			if (type != null) {
				contentTypes.put(name, type);
			}
			return new FilePart(name, cd.getFilename(), type, file);
		}

		void delete() {
			for (OutputStream out : open) {
				try {
					out.close();
				}
				catch (IOException e) {
					// deleted below either way
				}
			}
			scratch.forEach(tempFiles::delete);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public String getMultipartContentType(String paramOrFileName) {
			return contentTypes.get(paramOrFileName);
		}

		@Override
		public HttpHeaders getMultipartHeaders(String paramOrFileName) {
			HttpHeaders h = new HttpHeaders();
			String type = contentTypes.get(paramOrFileName);
			if (type != null) {
				h.set(HttpHeaders.CONTENT_TYPE, type);
			}
			return h;
		}

		private final class Dropped implements MultipartStream.Sink {

			@Override
			public OutputStream out() {
				return OutputStream.nullOutputStream();
			}

			@Override
			public void done(long size) {
				// nothing kept
			}

		}

		private final class Field implements MultipartStream.Sink {

			private final String name;
			private final String type;
			private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			private final OutputStream out = new OutputStream() {

				@Override
				public void write(int b) throws IOException {
					write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					if (bytes.size() + (long) len > MAX_FIELD_BYTES) {
						throw new MultipartStream.TooLargeException(MAX_FIELD_BYTES);
					}
					bytes.write(b, off, len);
				}

			};

			Field(String name, String type) {
				this.name = name;
				this.type = type;
			}

			@Override
			public OutputStream out() {
				return out;
			}

			@Override
			public void done(long size) {
				add(name, MultipartStream.text(bytes.toByteArray(), type, charset));
			}

		}

		private final class FilePart implements MultipartStream.Sink {

			private final String name;
			private final String filename;
			private final String type;
			private final Path file;
			private final OutputStream out;

			FilePart(String name, String filename, String type, Path file) {
				this.name = name;
				this.filename = filename;
				this.type = type;
				this.file = file;
				try {
					OutputStream raw = Files.newOutputStream(file);
					open.add(raw);
					this.out = new OutputStream() {

						private long written;

						@Override
						public void write(int b) throws IOException {
							write(new byte[] { (byte) b }, 0, 1);
						}

						@Override
						public void write(byte[] b, int off, int len) throws IOException {
							written += len;
							if (maxFileSize >= 0 && written > maxFileSize) {
								throw new MultipartStream.TooLargeException(maxFileSize);
							}
							raw.write(b, off, len);
						}

						@Override
						public void close() throws IOException {
							raw.close();
						}

					};
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			@Override
			public OutputStream out() {
				return out;
			}

			@Override
			public void done(long size) throws IOException {
				out.close();
				files.add(name, new StreamedFile(name, filename, type, file, size));
			}

		}

	}

	/** A file part kept on disk; {@link #transferTo(File)} moves it (a rename in the scratch folder). */
	static final class StreamedFile implements MultipartFile {

		private final String name;
		private final String filename;
		private final String contentType;
		private final long size;
		private Path file;

		StreamedFile(String name, String filename, String contentType, Path file, long size) {
			this.name = name;
			this.filename = filename;
			this.contentType = contentType;
			this.file = file;
			this.size = size;
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public String getOriginalFilename() {
			return filename;
		}

		@Override
		public String getContentType() {
			return contentType;
		}

		@Override
		public boolean isEmpty() {
			return size == 0;
		}

		@Override
		public long getSize() {
			return size;
		}

		@Override
		public byte[] getBytes() throws IOException {
			return Files.readAllBytes(current());
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return Files.newInputStream(current());
		}

		@Override
		public void transferTo(File dest) throws IOException, IllegalStateException {
			transferTo(dest.toPath());
		}

		@Override
		public void transferTo(Path dest) throws IOException, IllegalStateException {
			Path from = current();
			try {
				Files.move(from, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException e) {
				log.debug("Upload not moved to {} ({}): copied", dest, e.getMessage());
				Files.move(from, dest, StandardCopyOption.REPLACE_EXISTING);
			}
			// as the container's parts: once moved, the upload is not read again from here
			file = null;
		}

		private Path current() {
			if (file == null) {
				throw new IllegalStateException("File has already been moved - cannot be read again");
			}
			return file;
		}

	}

}
