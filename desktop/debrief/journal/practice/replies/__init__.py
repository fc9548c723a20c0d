"""The parts of the reply reader: stripping the mail around a reply, splitting, labelling."""
