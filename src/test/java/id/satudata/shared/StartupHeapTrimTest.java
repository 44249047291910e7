package id.satudata.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

import org.junit.jupiter.api.Test;

class StartupHeapTrimTest {

	private static volatile Object sink;

	@Test
	void collectsTheStartUpGarbageAndLeavesTheJvmsHeapRatiosAsTheyWere() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		String min = vm.getVMOption(StartupHeapTrim.MIN_FREE).getValue();
		String max = vm.getVMOption(StartupHeapTrim.MAX_FREE).getValue();
		// start-up's garbage: 64 MB of arrays nobody holds any more
		for (int i = 0; i < 64; i++) {
			sink = new byte[1 << 20];
		}
		sink = null;

		StartupHeapTrim.Trimmed trimmed = StartupHeapTrim.trim();

		assertThat(trimmed.after().getUsed()).isLessThan(trimmed.before().getUsed());
		assertThat(trimmed.after().getCommitted()).isLessThanOrEqualTo(trimmed.before().getCommitted());
		assertThat(vm.getVMOption(StartupHeapTrim.MIN_FREE).getValue()).isEqualTo(min);
		assertThat(vm.getVMOption(StartupHeapTrim.MAX_FREE).getValue()).isEqualTo(max);
	}

}
