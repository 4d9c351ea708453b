"""Hand-over of consented profiles to the employment agency, and the erasure feed (GDPR Art. 17(2))."""
