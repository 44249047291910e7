package id.satudata.shared.web;

/**
 * A card on the back-office home page, contributed by a module for the current user (e.g. "5
 * submissions wait for you").
 *
 * @param labelKey message key of the card's title
 * @param value the figure shown
 * @param path where the card links
 * @param icon a Bootstrap Icons name
 * @param attention whether it needs attention (overdue, waiting)
 */
public record DashboardCard(String labelKey, String value, String path, String icon, boolean attention) {
}
