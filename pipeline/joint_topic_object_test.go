package pipeline

import "testing"

// TestJointSubjectsTopicObject: two sides named together as the subject of
// an act they do to each other (a meeting, talks, negotiations, an
// agreement) whose entry does not aim it at its object talk about the
// object: "Putin and Erdogan discussed Syria" is a consultation each way
// between them, not with Syria. An act the entry aims at its object (force,
// criticism, a party consulted) and a party met keep the object's actor.
func TestJointSubjectsTopicObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"leaders discussed a country", "2019-10-22", "Putin and Erdogan discussed Syria in Sochi on Tuesday.", "040", "RUSGOV>TURGOV", ""},
		{"ministers discussed a region", "2019-10-22", "The foreign ministers of Russia and Turkey discussed Idlib on Tuesday.", "040", "RUSGOV>TUR", ""},
		{"states discussed a neighbour", "2021-06-14", "Kenya and Uganda discussed Somalia at a meeting in Nairobi.", "040", "KEN>UGA", ""},
		{"a neighbour's possession discussed", "2020-07-03", "Egypt and Sudan discussed Ethiopia's dam on Friday.", "040", "EGY>SDN", ""},
		{"a country's future discussed", "2021-08-20", "India and China discussed Afghanistan's future on Friday.", "040", "CHN>IND", ""},
		{"negotiated a deal on a third", "2018-05-02", "Iran and Iraq negotiated a deal on Syria last week.", "046", "IRQ>IRN", ""},
		{"the two leaders a story named", "2019-10-22", "Putin hosted Erdogan in Sochi on Tuesday. The two leaders discussed Syria.", "040", "RUSGOV>TURGOV", ""},
		{"states discussed a third", "2019-10-22", "Russia and Turkey discussed Syria on Tuesday.", "040", "RUS>TUR", ""},
		{"must not: one subject keeps the object", "2021-06-14", "Kenya discussed Somalia on Monday.", "040", "KEN>SOM", ""},
		{"must not: force on the object", "2019-10-22", "Russia and Turkey attacked Syria on Tuesday.", "190", "RUS>SYR", ""},
		{"must not: criticism of the object", "2019-10-22", "France and Germany criticised Hungary on Tuesday.", "111", "FRA>HUN", ""},
		{"must not: a party met", "2021-06-14", "Kenya and Uganda met Tanzania's president on Monday.", "040", "KEN>TZAGOV", ""},
		{"must not: a commitment to the object's party", "2022-03-07", "France and Germany reaffirmed their commitment to Ukraine on Monday.", "030", "FRA>UKR", ""},
		{"must not: a body's meeting attended", "2021-06-14", "Kenya and Uganda attended an EU meeting on Monday.", "040", "KEN>IGOEUR", ""},
		{"must not: a party consulted", "2021-06-14", "France and Germany consulted Poland on Monday.", "040", "DEU>POL", ""},
	})
}
