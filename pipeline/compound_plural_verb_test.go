package pipeline

import "testing"

// TestCompoundPluralVerb: a plural that may be a present in -s ("rises")
// ending bare nouns after a preposition ("protested against tax rises",
// "struck over fuel price rises") is the compound's noun, not a later
// verb; taken for one, it made the clause's own past form a participle
// ("Kenyans protested": people who were protested against), and the act
// had no source.
func TestCompoundPluralVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protested against tax rises", d, "Kenyans protested against tax rises in Nairobi.", "14", "KENCVL>KENGOV", ""},
		{"then a report", d, "Ghanaian students protested against fee rises, police said.", "14", "GHACVL>GHAGOV", ""},
		{"two nouns before", d, "Nigerian unions struck over fuel price rises on Monday.", "14", "NGALAB>NGAGOV", ""},
		{"an adjective first", d, "French farmers rallied in Paris against diesel tax rises.", "14", "FRACVL>FRAGOV", ""},
		{"at the end", d, "Thousands of Zimbabweans demonstrated against price rises.", "14", "ZWECVL>ZWEGOV", ""},
		{"a verb after an opener unchanged", d, "Kenyan police fired tear gas at protesters as anger rises.", "17", "KENCOP>KENOPP", ""},
	})
}
