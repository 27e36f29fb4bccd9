package pipeline

import "testing"

// TestByAfterActPhrase: an event noun's "by" phrase after the party that
// one of the act's own phrases names, behind its "of" phrase, is the doer:
// "the imposition of sanctions on Iran by the United States", "the delivery
// of aid to the Philippines by Japan". A "by" phrase that names no actor
// names no doer.
func TestByAfterActPhrase(t *testing.T) {
	testLexRows(t, []lexRow{
		{"aid to a country by a country", "2024-06-03", "The delivery of food aid to Sudan by Egypt on Monday eased shortages.", "07", "EGY>SDN", ""},
		{"sanctions against a country by a country", "2024-06-03", "The imposition of sanctions against Belarus by Canada on Monday angered Minsk.", "16", "CAN>BLR", ""},
		{"envoy to a country recalled by a country", "2024-06-03", "The recall of its envoy to Sweden by Turkey on Monday angered Stockholm.", "16", "TUR>SWE", ""},
		{"threat of force against a country", "2024-06-03", "The threat of force against Taiwan by China on Monday alarmed Tokyo.", "13", "CHN>TWN", ""},
		{"the act's place before the by phrase", "2024-06-03", "The imposition of a curfew on Dhaka by Bangladeshi authorities on Monday emptied the streets.", "17", "BGDGOV>BGDCVL", ""},
		{"a by phrase of means names no doer", "2024-06-03", "The delivery of food aid to Sudan by truck on Monday eased shortages.", "07", "", ""},
	})
}
