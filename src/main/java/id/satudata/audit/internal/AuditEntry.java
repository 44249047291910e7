package id.satudata.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.satudata.audit.AuditEntryView;
import id.satudata.shared.audit.AuditEvent;

/** A stored audit event. Never updated, never deleted by the application. */
@Entity
@Table(name = "audit_event")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant waktu;

	@Column(nullable = false, length = 100)
	private String pelaku;

	@Column(nullable = false, length = 100)
	private String aksi;

	@Column(name = "objek_tipe", length = 60)
	private String objekTipe;

	@Column(name = "objek_id", length = 100)
	private String objekId;

	@Column(length = 2000)
	private String ringkasan;

	@Column(name = "alamat_ip", length = 64)
	private String alamatIp;

	protected AuditEntry() {
	}

	AuditEntry(AuditEvent event) {
		this.waktu = event.waktu();
		this.pelaku = truncate(event.pelaku(), 100);
		this.aksi = truncate(event.aksi(), 100);
		this.objekTipe = truncate(event.objekTipe(), 60);
		this.objekId = truncate(event.objekId(), 100);
		this.ringkasan = event.ringkasan();
		this.alamatIp = truncate(event.alamatIp(), 64);
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	AuditEntryView view() {
		return new AuditEntryView(id, waktu, pelaku, aksi, objekTipe, objekId, ringkasan);
	}

	public Long getId() {
		return id;
	}

	public Instant getWaktu() {
		return waktu;
	}

	public String getPelaku() {
		return pelaku;
	}

	public String getAksi() {
		return aksi;
	}

	public String getObjekTipe() {
		return objekTipe;
	}

	public String getObjekId() {
		return objekId;
	}

	public String getRingkasan() {
		return ringkasan;
	}

	public String getAlamatIp() {
		return alamatIp;
	}

}
