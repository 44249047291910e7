package id.satudata.standar;

/** A metadata form is filled as a draft and declared final once every required field is there. */
public enum StatusMetadata {

	/** Being filled; may miss required fields. */
	DRAFT,
	/** Every required field filled; shown to the public (its public fields) where its owner is public. */
	FINAL;

	public String labelKey() {
		return "metadata.status." + name();
	}

}
