package id.satudata.organisasi.pengguna;

import static id.satudata.organisasi.internal.Forms.blankToNull;
import static id.satudata.organisasi.internal.Forms.checkVersion;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/** Users and their roles: the rules for changing them, login bookkeeping, and read access. */
@Service
@Transactional(readOnly = true)
public class PenggunaService implements PenggunaDirectory, UserDetailsService {

	private final PenggunaRepository repository;
	private final OrganisasiDirectory organisasi;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final OrganisasiProperties properties;
	private final SessionTerminator sessions;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	PenggunaService(PenggunaRepository repository, OrganisasiDirectory organisasi, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, OrganisasiProperties properties, SessionTerminator sessions, Audit audit,
			CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.organisasi = organisasi;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.properties = properties;
		this.sessions = sessions;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	// ---- administration ------------------------------------------------------------------------

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Pengguna buat(PenggunaForm form) {
		String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
		if (repository.existsByUsernameIgnoreCase(username)) {
			throw new InvalidFieldException("username", "pengguna.galat.usernameSudahAda", username);
		}
		passwordPolicy.check("password", form.getPassword(), username);
		Instant now = clock.instant();
		Pengguna pengguna = new Pengguna(username, form.getNamaLengkap().strip(), blankToNull(form.getEmail()),
				passwordEncoder.encode(form.getPassword()), true, false, now);
		pengguna.ubahProfil(form.getNamaLengkap().strip(), blankToNull(form.getEmail()), blankToNull(form.getNip()),
				blankToNull(form.getJabatan()), now);
		pengguna = repository.save(pengguna);
		audit.record("pengguna.dibuat", "Pengguna", pengguna.getId(), username);
		return pengguna;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Pengguna ubah(long id, PenggunaForm form) {
		Pengguna pengguna = muat(id);
		checkVersion(form.getVersion(), pengguna.getVersion());
		pengguna.ubahProfil(form.getNamaLengkap().strip(), blankToNull(form.getEmail()), blankToNull(form.getNip()),
				blankToNull(form.getJabatan()), clock.instant());
		audit.record("pengguna.diubah", "Pengguna", id, pengguna.getUsername());
		return pengguna;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void ubahStatus(long id, boolean aktif) {
		Pengguna pengguna = muat(id);
		if (!aktif && currentUser.get().map(u -> u.getId() == id).orElse(false)) {
			throw new UserFacingException("pengguna.galat.nonaktifkanDiriSendiri");
		}
		if (pengguna.isAktif() == aktif) {
			return;
		}
		pengguna.ubahStatus(aktif, clock.instant());
		audit.record(aktif ? "pengguna.diaktifkan" : "pengguna.dinonaktifkan", "Pengguna", id, pengguna.getUsername());
		if (!aktif) {
			sessions.endSessionsOf(pengguna.getUsername());
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void tambahPeran(long id, Peran peran, Long organisasiId, Long unitId) {
		Pengguna pengguna = muat(id);
		if (peran == null) {
			throw new InvalidFieldException("peran", "validasi.wajib");
		}
		if (organisasiId == null) {
			throw new InvalidFieldException("organisasiId", "validasi.wajib");
		}
		OrganisasiRef org = organisasi.organisasi(organisasiId)
				.orElseThrow(() -> new InvalidFieldException("organisasiId", "organisasi.galat.tidakAda"));
		if (!org.aktif()) {
			throw new InvalidFieldException("organisasiId", "organisasi.galat.tidakAktif");
		}
		PeranRules.Rule rule = PeranRules.of(peran);
		String unitName = null;
		if (unitId != null) {
			UnitRef unit = organisasi.unit(unitId)
					.orElseThrow(() -> new InvalidFieldException("unitId", "unit.galat.tidakAda"));
			if (unit.organisasiId() != organisasiId) {
				throw new InvalidFieldException("unitId", "peran.galat.unitBukanOrganisasi");
			}
			if (!unit.aktif()) {
				throw new InvalidFieldException("unitId", "unit.galat.tidakAktif");
			}
			if (!rule.unitTypes().contains(unit.jenis())) {
				throw new InvalidFieldException("unitId", "peran.galat.unitTidakSesuai",
						new DefaultMessageSourceResolvable(peran.labelKey()),
						new DefaultMessageSourceResolvable(unit.jenis().labelKey()));
			}
			unitName = unit.nama();
		}
		else if (rule.unitRequired()) {
			throw new InvalidFieldException("unitId", "peran.galat.unitWajib",
					new DefaultMessageSourceResolvable(peran.labelKey()));
		}
		if (!pengguna.tambahPeran(new PenugasanPeran(peran, organisasiId, unitId), clock.instant())) {
			throw new UserFacingException("peran.galat.sudahAda");
		}
		audit.record("pengguna.peranDitambah", "Pengguna", id, pengguna.getUsername() + ": " + peran + " @ "
				+ org.nama() + (unitName == null ? "" : " / " + unitName));
		sessions.endSessionsOf(pengguna.getUsername());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void cabutPeran(long id, Peran peran, long organisasiId, Long unitId) {
		Pengguna pengguna = muat(id);
		if (peran == Peran.ADMIN && currentUser.get().map(u -> u.getId() == id).orElse(false)) {
			throw new UserFacingException("peran.galat.cabutAdminSendiri");
		}
		if (!pengguna.cabutPeran(new PenugasanPeran(peran, organisasiId, unitId), clock.instant())) {
			throw new NotFoundException("peran.galat.tidakAda");
		}
		audit.record("pengguna.peranDicabut", "Pengguna", id, pengguna.getUsername() + ": " + peran + " @ "
				+ organisasi.organisasi(organisasiId).map(OrganisasiRef::nama).orElse(String.valueOf(organisasiId)));
		sessions.endSessionsOf(pengguna.getUsername());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void aturUlangPassword(long id, String newPassword) {
		Pengguna pengguna = muat(id);
		passwordPolicy.check("password", newPassword, pengguna.getUsername());
		Instant now = clock.instant();
		pengguna.gantiPassword(passwordEncoder.encode(newPassword), true, now);
		audit.record("pengguna.passwordDireset", "Pengguna", id, pengguna.getUsername());
		sessions.endSessionsOf(pengguna.getUsername());
	}

	// ---- the user's own account ----------------------------------------------------------------

	@Transactional
	public void gantiPasswordSendiri(String current, String next, String confirmation) {
		long id = currentUser.require().getId();
		Pengguna pengguna = muat(id);
		if (current == null || !passwordEncoder.matches(current, pengguna.getPasswordHash())) {
			throw new InvalidFieldException("passwordLama", "password.galat.lamaSalah");
		}
		if (next == null || !next.equals(confirmation)) {
			throw new InvalidFieldException("konfirmasi", "password.galat.konfirmasi");
		}
		if (passwordEncoder.matches(next, pengguna.getPasswordHash())) {
			throw new InvalidFieldException("passwordBaru", "password.galat.sama");
		}
		passwordPolicy.check("passwordBaru", next, pengguna.getUsername());
		pengguna.gantiPassword(passwordEncoder.encode(next), false, clock.instant());
		audit.record("pengguna.passwordDiganti", "Pengguna", id, pengguna.getUsername());
	}

	// ---- login bookkeeping -----------------------------------------------------------------

	@Override
	public UserDetails loadUserByUsername(String username) {
		return repository.findByUsernameIgnoreCase(username == null ? "" : username.strip())
				.map(p -> p.toPrincipal(clock.instant(), properties.mfaPeranWajib()))
				.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	/** A fresh principal for the user (after they changed something about themselves). */
	public Optional<UserDetails> reload(String username) {
		return repository.findByUsernameIgnoreCase(username).map(p -> p.toPrincipal(clock.instant(), properties.mfaPeranWajib()));
	}

	@Transactional
	public void catatLoginGagal(String username, String reason) {
		String name = username == null ? "" : username.strip();
		Optional<Pengguna> found = repository.findByUsernameIgnoreCase(name);
		String actor = name.length() > 60 ? name.substring(0, 60) : name;
		audit.recordAs(actor, "login.gagal", "Pengguna", found.map(Pengguna::getId).orElse(null), reason);
	}

	@Transactional
	public void catatLoginBerhasil(String username) {
		repository.findByUsernameIgnoreCase(username).ifPresent(p -> {
			p.loginBerhasil(clock.instant());
			audit.recordAs(p.getUsername(), "login.berhasil", "Pengguna", p.getId(), "");
		});
	}

	@Transactional
	public void catatLogout(String username) {
		repository.findByUsernameIgnoreCase(username)
				.ifPresent(p -> audit.recordAs(p.getUsername(), "logout", "Pengguna", p.getId(), ""));
	}

	// ---- reading -------------------------------------------------------------------------------

	public Pengguna muat(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("pengguna.galat.tidakAda"));
	}

	Page<Pengguna> cari(String q, Peran peran, Long organisasiId, Pageable pageable) {
		String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
		return repository.search(like, peran, organisasiId, pageable);
	}

	@Override
	public Optional<PenggunaRef> pengguna(long id) {
		return repository.findById(id).map(Pengguna::ref);
	}

	@Override
	public Optional<PenggunaRef> penggunaDenganUsername(String username) {
		return repository.findByUsernameIgnoreCase(username).map(Pengguna::ref);
	}

	@Override
	public List<PenggunaRef> pemegangPeran(Peran peran, long organisasiId) {
		return repository.findActiveWithRole(peran, organisasiId).stream().map(Pengguna::ref).toList();
	}

	@Override
	public List<PenggunaRef> pemegangPeranUnit(Peran peran, long organisasiId, long unitId) {
		return repository.findActiveWithRoleForUnit(peran, organisasiId, unitId).stream().map(Pengguna::ref).toList();
	}

	/** The roles a user holds, with the names of where they apply, by organization then role. */
	public List<PenugasanInfo> penugasan(Pengguna p) {
		return p.getPenugasan().stream()
			.map(r -> new PenugasanInfo(r.getPeran(), r.getOrganisasiId(),
					organisasi.organisasi(r.getOrganisasiId()).map(OrganisasiRef::nama).orElse("?"), r.getUnitId(),
					r.getUnitId() == null ? null : organisasi.unit(r.getUnitId()).map(UnitRef::nama).orElse("?")))
			.sorted(Comparator.comparing(PenugasanInfo::organisasiNama).thenComparing(i -> i.peran().ordinal()))
			.toList();
	}

	/** A role assignment with the names of where it applies. */
	public record PenugasanInfo(Peran peran, long organisasiId, String organisasiNama, Long unitId, String unitNama) {
	}

}
