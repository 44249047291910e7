package id.satudata.organisasi.akun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.satudata.shared.security.CurrentUser;

/** A user with a temporary password goes to the password page before anything else in the back office. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	private final CurrentUser currentUser;

	PasswordChangeInterceptor(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/kelola/**", "/akun", "/akun/**")
			.excludePathPatterns("/akun/password");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (currentUser.get().map(u -> u.isMustChangePassword()).orElse(false)) {
			response.sendRedirect(request.getContextPath() + "/akun/password");
			return false;
		}
		return true;
	}

}
