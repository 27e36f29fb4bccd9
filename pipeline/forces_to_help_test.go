package pipeline

import "testing"

// TestForcesToHelp: forces sent, flown or deployed to another state to help
// it (fight, defend, put down a revolt), or that land or arrive at its
// request or invitation, are military assistance (074), not a show of force
// (154); forces massed on a border stay 154, and help refused, denied or
// only planned is given by no one.
func TestForcesToHelp(t *testing.T) {
	testLexRows(t, []lexRow{
		{"deploying soldiers to help the government fight", "2021-07-09", "Rwanda began deploying 1,000 soldiers and police to Mozambique's Cabo Delgado province on Friday to help the government there fight an Islamist insurgency.", "074", "RWA>MOZ", ""},
		{"troops crossed into a kingdom to help", "2011-03-15", "More than 1,000 Saudi troops crossed the causeway into Bahrain on Monday to help the government quell weeks of protests.", "074", "SAUMIL>BHR", ""},
		{"sent paratroopers to help a government", "1983-08-09", "France sent 300 paratroopers to Chad on Tuesday to help President Habre's government halt a rebel advance.", "074", "FRA>TCD", ""},
		{"sent soldiers to help a ruler crush a rebellion", "1975-12-14", "Jordan sent 500 soldiers to Oman on Sunday to help the sultan crush a rebellion in Dhofar.", "074", "JOR>OMN", ""},
		{"a present perfect dispatch", "1998-02-10", "Nigeria has dispatched troops to Sierra Leone to help the government defend Freetown.", "074", "NGA>SLE", ""},
		{"troops landed to help", "2008-03-25", "Tanzanian troops landed in the Comoros on Tuesday to help the government retake Anjouan.", "074", "TZAMIL>COM", ""},
		{"landed at the invitation of a government", "2006-05-25", "The first Australian troops landed in Dili on Thursday at the invitation of East Timor's government to quell fighting between rival factions.", "074", "AUSMIL>TLS", ""},
		{"deployed at the request of a president", "2017-01-19", "Senegal has deployed troops to Gambia at the request of its new president.", "074", "SEN>GMB", ""},
		{"paratroopers arrived at the request of", "2022-01-07", "Russian paratroopers arrived in Almaty on Friday at the request of Kazakhstan's president.", "074", "RUSMIL>KAZ", ""},
		{"flew paratroopers in at the invitation of", "2022-01-06", "Russia flew paratroopers into Kazakhstan at the invitation of President Tokayev.", "074", "RUS>KAZ", ""},
		{"guard: troops massed on the border", "2020-01-01", "Turkey massed troops on the border with Syria on Monday.", "07", "", ""},
		{"guard: refused to send troops to help", "2000-05-08", "Britain refused to send troops to help the Sierra Leone government fight the rebels.", "074", "", ""},
		{"guard: would deploy at the request if", "2003-06-10", "Nigeria would deploy troops to Liberia at the request of its government if the ceasefire collapsed.", "074", "", ""},
		{"guard: has not sent troops to help", "2000-05-20", "Australia has not sent troops to Fiji to help restore order.", "074", "", ""},
		{"guard: troops sent to the border stay a deployment", "2020-01-01", "India sent troops to the border with China on Monday.", "074", "", ""},
	})
}
