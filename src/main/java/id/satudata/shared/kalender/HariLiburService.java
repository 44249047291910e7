package id.satudata.shared.kalender;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.UserFacingException;

/** Holidays and collective leave days: the data the working calendar skips. */
@Service
public class HariLiburService {

	private final HariLiburRepository repository;
	private final Audit audit;
	private final AtomicReference<Set<LocalDate>> cache = new AtomicReference<>();

	HariLiburService(HariLiburRepository repository, Audit audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** The closed days, cached until the list changes. */
	public Set<LocalDate> dates() {
		Set<LocalDate> dates = cache.get();
		if (dates == null) {
			dates = repository.findAllByOrderByTanggalAsc().stream().map(HariLibur::getTanggal)
					.collect(Collectors.toUnmodifiableSet());
			cache.set(dates);
		}
		return dates;
	}

	@Transactional(readOnly = true)
	public List<HariLibur> list(int tahun) {
		return repository.findByTanggalBetweenOrderByTanggalAsc(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void add(LocalDate tanggal, String nama, JenisHariLibur jenis) {
		if (tanggal == null || nama == null || nama.isBlank() || jenis == null) {
			throw new UserFacingException("kalender.galat.wajib");
		}
		if (repository.existsById(tanggal)) {
			throw new UserFacingException("kalender.galat.sudahAda", tanggal);
		}
		repository.save(new HariLibur(tanggal, nama.strip(), jenis));
		audit.record("hariLibur.ditambah", "HariLibur", tanggal, nama.strip() + " (" + jenis + ")");
		cache.set(null);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void remove(LocalDate tanggal) {
		if (!repository.existsById(tanggal)) {
			throw new UserFacingException("kalender.galat.tidakAda", tanggal);
		}
		repository.deleteById(tanggal);
		audit.record("hariLibur.dihapus", "HariLibur", tanggal, "Hari libur dihapus");
		cache.set(null);
	}

}
