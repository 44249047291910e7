package id.satudata.shared.web;

import java.util.List;

/** Implemented by modules that show cards on the back-office home page for the current user. */
public interface DashboardContributor {

	List<DashboardCard> cards();

}
