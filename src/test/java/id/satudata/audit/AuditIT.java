package id.satudata.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

@IntegrationTest
class AuditIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditHistory history;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void administratorsFilterTheTrailAndExportIt() throws Exception {
		mvc.perform(formLogin("/masuk").user(Demo.PEMBINA).password(Demo.PASSWORD));
		mvc.perform(get("/kelola/admin/audit").param("aksi", "login.").param("pelaku", Demo.PEMBINA)
			.with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString("login.berhasil")))
			.andExpect(content().string(not(containsString("organisasi.dibuat"))));
		String csv = mvc.perform(get("/kelola/admin/audit/ekspor.csv").param("aksi", "login.")
			.with(accounts.as(Demo.ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("waktu,pelaku,aksi").contains("login.berhasil");
	}

	@Test
	void holidaysAreManagedByTheAdministratorAndTheCalendarFollows() throws Exception {
		LocalDate day = LocalDate.of(2031, 6, 3);
		assertThat(calendar.isWorkingDay(day)).isTrue();
		mvc.perform(post("/kelola/admin/hari-libur").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tanggal", day.toString()).param("nama", "Libur Daerah Uji").param("jenis", "LIBUR_DAERAH"));
		assertThat(calendar.isWorkingDay(day)).isFalse();
		// the same day twice is explained, not duplicated
		mvc.perform(post("/kelola/admin/hari-libur").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tanggal", day.toString()).param("nama", "Lagi").param("jenis", "LIBUR_DAERAH"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("galat", containsString("sudah tercatat")));
		mvc.perform(post("/kelola/admin/hari-libur/hapus").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("tanggal", day.toString()));
		assertThat(calendar.isWorkingDay(day)).isTrue();
		assertThat(history.untukObjek("HariLibur", day.toString())).extracting(AuditEntryView::aksi)
			.containsExactly("hariLibur.dihapus", "hariLibur.ditambah");
	}

	@Test
	void the2026NationalHolidaysAreSeeded() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 23))).as("cuti bersama Idul Fitri").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
	}

}
