package pipeline

import "testing"

// TestLexiconScheduleMeeting: a meeting put on the calendar by its parties
// ("have scheduled talks for next month", "set a date for talks with the
// rebels") is their intent to meet (036), as CAMEO codes a schedule; a
// date set for something else, or a schedule denied, is none.
func TestLexiconScheduleMeeting(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"coordinated subjects scheduled talks", "2019-08-01", "South Korea and Japan have scheduled talks on the trade dispute for next month.", "036", "KOR>JPN", "", ""},
		{"scheduled talks with", "2017-01-01", "Colombia scheduled talks with the ELN rebels for March.", "036", "COL>COL", "", ""},
		{"scheduled a summit with", "2018-04-01", "South Korean President Moon Jae-in scheduled a summit with Kim Jong Un for April 27.", "036", "KOR>PRK", "", ""},
		{"set a date for talks with", "2004-01-01", "The Sudanese government set a date for talks with the rebels.", "036", "SDN>SDN", "", ""},
		{"coordinated subjects set a date", "2020-01-01", "Ethiopia and Egypt set a date for new talks on the dam.", "036", "ETH>EGY", "", ""},
		{"guard: a date for an election", "2020-01-01", "The two sides set a date for the election.", "036", "", "", ""},
		{"guard: not scheduled", "2019-01-01", "Hamas has not scheduled talks with Fatah.", "036", "", "negated", ""},
	})
}
