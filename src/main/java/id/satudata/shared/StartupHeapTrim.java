package id.satudata.shared;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Gives the memory start-up needed back to the operating system once the application is ready.
 * Building the context (Hibernate's and the search mapping's metadata, the repositories' parsed
 * queries) and the start-up work (the region list, the demo content) allocate a few hundred MB that
 * are garbage afterwards; the garbage-first collector grows the heap for them (up to a quarter of the
 * machine's memory) and keeps it committed while the application idles. One full collection on a
 * background thread right after start-up shrinks the committed heap to what is live plus headroom
 * (docs/operasi.md, "Start-up"). For that one collection the headroom is 30 % instead of the JVM's 70 %
 * ({@code MaxHeapFreeRatio}, a flag the JVM lets a running application change), then the JVM's values
 * are restored: the heap grows again as soon as the load needs it. Flags given on the command line are
 * left as they are.
 *
 * <p>It runs after readiness, so it adds nothing to the start-up time; its pause (a fraction of a
 * second for the ~100–150 MB that stay live) hits at most the first requests.
 * {@code satudata.startup.kembalikan-memori=false} switches it off, {@code -XX:+DisableExplicitGC}
 * makes it a no-op.
 */
@Component
class StartupHeapTrim implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupHeapTrim.class);

	static final String MIN_FREE = "MinHeapFreeRatio";
	static final String MAX_FREE = "MaxHeapFreeRatio";

	private final boolean enabled;

	StartupHeapTrim(@Value("${satudata.startup.kembalikan-memori:true}") boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!enabled) {
			return;
		}
		Thread thread = new Thread(StartupHeapTrim::trim, "startup-heap-trim");
		thread.setDaemon(true);
		thread.start();
	}

	/** The heap before and after. */
	record Trimmed(MemoryUsage before, MemoryUsage after) {
	}

	static Trimmed trim() {
		MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		long start = System.nanoTime();
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		VMOption min = option(vm, MIN_FREE);
		VMOption max = option(vm, MAX_FREE);
		boolean tighten = min != null && max != null && min.getOrigin() == VMOption.Origin.DEFAULT
				&& max.getOrigin() == VMOption.Origin.DEFAULT && min.isWriteable() && max.isWriteable();
		try {
			if (tighten) {
				vm.setVMOption(MIN_FREE, "10");
				vm.setVMOption(MAX_FREE, "30");
			}
			fullCollection();
		}
		catch (RuntimeException e) {
			log.debug("Heap free ratios not changed: {}", e.toString());
			fullCollection();
		}
		finally {
			if (tighten) {
				restore(vm, max, min);
			}
		}
		MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		log.info("Start-up garbage collected in {} ms: heap {} MB used of {} MB committed (before: {} of {} MB)",
				(System.nanoTime() - start) / 1_000_000, after.getUsed() >> 20, after.getCommitted() >> 20,
				before.getUsed() >> 20, before.getCommitted() >> 20);
		return new Trimmed(before, after);
	}

	/**
	 * {@code System.gc()}, repeated (up to 5 times, a second apart) while no collection took place: the JVM
	 * drops an explicit full collection when another thread is inside a JNI critical region at that moment
	 * (reading a compressed class from the jar is one), and the heap then stays as start-up left it.
	 */
	private static void fullCollection() {
		for (int attempt = 0; attempt < 5; attempt++) {
			long before = collections();
			System.gc();
			if (collections() > before || before < 0) {
				return;
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Full collections so far (G1's, Parallel's or Serial's old-generation collector; all collectors' when
	 * none is named so), -1 when the JVM does not count them.
	 */
	private static long collections() {
		long full = 0;
		long all = 0;
		boolean named = false;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			long count = gc.getCollectionCount();
			if (count < 0) {
				return -1;
			}
			all += count;
			if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
				full += count;
				named = true;
			}
		}
		return named ? full : all;
	}

	private static VMOption option(HotSpotDiagnosticMXBean vm, String name) {
		try {
			return vm.getVMOption(name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static void restore(HotSpotDiagnosticMXBean vm, VMOption max, VMOption min) {
		try {
			// the maximum first: the minimum may never exceed it
			vm.setVMOption(MAX_FREE, max.getValue());
			vm.setVMOption(MIN_FREE, min.getValue());
		}
		catch (RuntimeException e) {
			log.warn("Heap free ratios not restored: {}", e.toString());
		}
	}

}
