package id.satudata;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.ClassUtils;

/**
 * Operator commands ({@code --satudata.perintah=...}) run in a context of their own, not in the web
 * application: no web server, no security filter chain, no scheduled jobs, no start-up work (region
 * list, demo seeding, re-indexing), no search index (so no lock on a running node's index folder), no
 * schema migration (the schema belongs to the server: a jar whose migrations do not match the
 * database is refused), and only the beans the command needs (lazy initialization). So the command
 * works the same while the server runs or is stopped. The profile {@code operator}
 * ({@code application-operator.properties}) holds these settings.
 */
final class OperatorMode {

	static final String PROFILE = "operator";
	private static final String COMMAND_OPTION = "--satudata.perintah=";

	private OperatorMode() {
	}

	static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch(a -> a.startsWith(COMMAND_OPTION));
	}

	/** Runs the command; the command itself exits the JVM with its exit code. */
	static void run(String[] args) {
		try {
			runCommand(args);
		}
		catch (RuntimeException e) {
			Throwable cause = e;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			System.err.println("Gagal: " + cause.getMessage());
			System.exit(1);
		}
	}

	private static void runCommand(String[] args) {
		new SpringApplicationBuilder(SatuDataApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.lazyInitialization(true)
			.profiles(PROFILE)
			.initializers(context -> context.addBeanFactoryPostProcessor(new OnlyOperatorRunners()))
			.logStartupInfo(false)
			.run(args);
	}

	/** Drops the application's start-up runners, keeping the operator command's own. */
	static final class OnlyOperatorRunners implements BeanFactoryPostProcessor {

		static final String OPERATOR_RUNNER = "id.satudata.organisasi.operasi.OperatorCommands";

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
			ClassLoader loader = getClass().getClassLoader();
			for (String name : registry.getBeanDefinitionNames()) {
				BeanDefinition definition = registry.getBeanDefinition(name);
				String className = definition.getBeanClassName();
				if (className == null || OPERATOR_RUNNER.equals(className) || !className.startsWith("id.satudata.")
						|| !ClassUtils.isPresent(className, loader)) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(className, loader);
				if (ApplicationRunner.class.isAssignableFrom(type) || CommandLineRunner.class.isAssignableFrom(type)) {
					registry.removeBeanDefinition(name);
				}
			}
		}

	}

}
