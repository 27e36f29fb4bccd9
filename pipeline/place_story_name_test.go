package pipeline

import "testing"

// TestPlaceStoryName pins the name of a place as the story gives it: a city
// told with "central" ("in central Ulaanbaatar", "in central Rangoon"), as
// a plain name keeps it, not the gazetteer's (Ulan Bator, Yangon); a
// division by another name than the gazetteer's ("Cabo Delgado province"
// for Cabo Delgado Province, "South Kordofan" for Southern Kordofan). A
// name the gazetteer spells the same stays, and "central" before a country
// is still the country's middle.
func TestPlaceStoryName(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"another spelling of a capital", "2008-07-01",
			"Riot in Mongolia\n\nULAANBAATAR, Mongolia —\n\nMongolian police fired tear gas at crowds in central Ulaanbaatar on Tuesday.",
			"central Ulaanbaatar", "17", "Ulaanbaatar/MNG", ""},
		{"an older name of a capital", "2007-09-27",
			"Troops fire on monks\n\nBANGKOK, Thailand —\n\nMyanmar soldiers fired on protesting monks in central Rangoon on Thursday, witnesses said.",
			"central Rangoon", "17|18|19", "Rangoon/MMR", ""},
		{"an older spelling of a capital", "2014-02-18",
			"Police storm protest camp\n\nMOSCOW, Russia —\n\nUkrainian riot police attacked protesters in central Kiev on Tuesday.",
			"central Kiev", "17|18|19", "Kiev/UKR", ""},
		{"an older name of a city", "1993-03-12",
			"Bombs rock Bombay\n\nNEW DELHI, India —\n\nMilitants bombed the stock exchange in central Bombay on Friday, killing dozens.",
			"central Bombay", "18|19", "Bombay/IND", ""},
		{"a division without the gazetteer's word", "2021-07-09",
			"Rwanda sends troops to Mozambique\n\nKIGALI, Rwanda —\n\nRwanda began deploying 1,000 soldiers to Mozambique's Cabo Delgado province on Friday, the government said.",
			"Cabo Delgado", "15", "Cabo Delgado/MOZ", ""},
		{"a division by an alias", "2012-05-02",
			"Sudan bombs rebels\n\nKHARTOUM, Sudan —\n\nSudanese troops attacked rebel positions in South Kordofan state on Wednesday, the army said.",
			"South Kordofan", "19", "South Kordofan/SDN", ""},
		// guards: the gazetteer's own name; a country's middle
		{"guard: the gazetteer's own name", "2011-01-28",
			"Police clash with protesters\n\nCAIRO, Egypt —\n\nEgyptian police fired tear gas at protesters in central Cairo on Friday.",
			"central Cairo", "17", "Cairo/EGY", ""},
		{"guard: central before a country is its middle", "2013-01-11",
			"Troops fight Islamists\n\nBAMAKO, Mali —\n\nMalian troops attacked Islamist fighters in central Mali on Friday.",
			"central Mali", "18|19", "central Mali/MLI", ""},
		{"guard: a division by its own name", "2014-09-12",
			"Boko Haram raids village\n\nABUJA, Nigeria —\n\nBoko Haram fighters attacked a village in Borno state on Friday, residents said.",
			"Borno", "18|19", "Borno/NGA", ""},
	})
}
