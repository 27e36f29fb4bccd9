package pipeline

import "testing"

// TestRegretOtherSide: an apology or an expression of regret that names no
// one it is made to is made to the story's other side, in a story of two
// countries (policy.tsv's counterpart on 055); in a story of one country,
// or over a disaster, it has no target.
func TestRegretOtherSide(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"apologised after a sinking", "2001-02-10", "A U.S. submarine sank a Japanese fishing boat off Hawaii. Washington apologised on Saturday.", "055", "USAGOV>JPNGOV", ""},
		{"regret months after a shooting down", "2016-06-27", "Turkish jets shot down a Russian warplane near the Syrian border in November. Turkey's president expressed regret on Monday.", "055", "TURGOV>RUSGOV", ""},
		{"regret for a mob's violence", "2008-02-22", "Serbian rioters set fire to the U.S. embassy in Belgrade on Thursday. Serbia's prime minister expressed regret for the violence.", "055", "SRBGOV>USAGOV", ""},
		{"regret for attacks on factories", "2012-09-16", "Chinese protesters attacked Japanese-owned factories in Qingdao. Beijing expressed regret on Monday.", "055", "CHNGOV>JPNGOV", ""},
		{"an apology years after a raid", "2013-03-22", "Israeli commandos stormed a Turkish aid ship in 2010, killing nine activists. Israel apologised on Friday.", "055", "ISRGOV>TURGOV", ""},
		{"remorse after a border shooting", "1987-05-20", "Nigerian soldiers fired on Cameroonian gendarmes at a border post on Sunday. Nigeria expressed remorse for the incident.", "055", "NGAGOV>CMRGOV", ""},
		{"an apology offered after an airliner was downed", "1988-07-05", "An American warship shot down an Iranian airliner over the Gulf. The United States offered an apology on Monday.", "055", "USAGOV>IRNGOV", ""},
		// a story of one country: no other side
		{"regret over floods", "2019-07-01", "Floods killed 40 people in Mumbai. The Indian prime minister expressed regret for the deaths.", "055", "INDGOV>", ""},
		{"regret at home after a police shooting", "2012-08-18", "South African police shot dead 34 striking miners at Marikana. President Jacob Zuma expressed regret for the deaths.", "055", "ZAFGOV>", ""},
	})
}
