package id.satudata.shared.web;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One attribute every page's layout shows, added to the model of each view a controller renders
 * (a bean of a subclass registers itself). This replaces a {@code @ModelAttribute} method of a
 * {@code @ControllerAdvice(annotations = Controller.class)}: Spring MVC prepared and ran such a
 * method for every handler, the JSON answers of {@code @RestController}s (the CKAN API) included,
 * which have no view to show it in: a measurable share of a small API answer (issue 18), and a
 * database query per API call made with a token. Here the attribute is computed only once a
 * controller has returned a view, not for a redirect (whose model carried no such attribute
 * before either), and not when the controller put one of that name in the model itself.
 */
public abstract class ViewModelInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final String name;

	protected ViewModelInterceptor(String name) {
		this.name = name;
	}

	/** The attribute's value for the current request (may be {@code null}). */
	protected abstract Object value(HttpServletRequest request);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || !(handler instanceof HandlerMethod) || mav.getModelMap().containsAttribute(name)) {
			return;
		}
		String view = mav.getViewName();
		if ((view != null && view.startsWith("redirect:")) || mav.getView() instanceof RedirectView) {
			return;
		}
		mav.addObject(name, value(request));
	}

}
