package dev.modelbench.ui.tests;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A service the test offers to the framework while it is open, as a plugged-in device's camera or
 * microphone lister is: closing it unplugs the device.
 */
final class OfferedService implements AutoCloseable {

	private final ServiceRegistration<?> registration;

	private OfferedService(ServiceRegistration<?> registration) {
		this.registration = registration;
	}

	/** Offers {@code service} as a {@code type} until {@link #close}. */
	static <T> OfferedService of(Class<T> type, T service) {
		return new OfferedService(
				FrameworkUtil.getBundle(OfferedService.class).getBundleContext().registerService(type, service, null));
	}

	@Override
	public void close() {
		registration.unregister();
	}
}
