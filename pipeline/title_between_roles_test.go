package pipeline

import "testing"

// TestTitleBetweenRoles: a person the knowledge lists between two roles on
// the story's day is what the title the text gives says, as before the
// first role: "Opposition leader George Papandreou" in 2008, between his
// foreign ministry and his premiership, is the opposition, not the
// government he would lead a year on. A title said to be no longer held
// ("former army chief") leaves the role as it was, and so does a title
// before the first role.
func TestTitleBetweenRoles(t *testing.T) {
	testLexRows(t, []lexRow{
		{"opposition leader between ministries", "2008-12-08", "Opposition leader George Papandreou accused the government of failing to protect citizens.", "112", "GRCOPP>GRCGOV", ""},
		{"a general between command and presidency", "1990-10-15", "Gen. Michel Aoun accused Syria of invading Lebanon.", "112", "LBNMIL>SYR", ""},
		{"opposition leader between army and ministry", "2019-05-01", "Opposition leader Gabi Ashkenazi accused the government of corruption.", "11", "ISROPP>ISRGOV", ""},
		{"opposition leader between ministry and party", "2019-05-01", "Opposition leader Ali Babacan accused the government of corruption.", "11", "TUROPP>TURGOV", ""},
		{"a former title is no role told", "2008-05-01", "Former army chief Moshe Yaalon accused the government of weakness.", "112", "ISRGOV>ISRGOV", ""},
		{"before the first role, as before", "2008-05-01", "Opposition leader Kemal Kilicdaroglu accused the government of corruption.", "11", "TUROPP>TURGOV", ""},
	})
}
