package pipeline

import "testing"

// TestCalledList: a list as the object of a verb of naming runs on to its
// last member, past its commas, and what they are called follows it
// ("called Trump, Macron and May criminals"): each member is judged (111),
// none is phoned (041).
func TestCalledList(t *testing.T) {
	testLexRows(t, []lexRow{
		{"three leaders called criminals: the first", d, "In Tehran, Supreme Leader Ayatollah Ali Khamenei called Trump, French President Emmanuel Macron and British Prime Minister Theresa May criminals.", "111", "IRNGOV>USAGOV", ""},
		{"three leaders called criminals: the last", d, "In Tehran, Supreme Leader Ayatollah Ali Khamenei called Trump, French President Emmanuel Macron and British Prime Minister Theresa May criminals.", "111", "IRNGOV>GBRGOV", ""},
		{"three leaders called criminals: no phone call", d, "In Tehran, Supreme Leader Ayatollah Ali Khamenei called Trump, French President Emmanuel Macron and British Prime Minister Theresa May criminals.", "041", "", ""},
		{"three ambassadors called hypocritical", d, "The Philippine president called the American, British and French ambassadors hypocritical.", "111", "PHLGOV>FRAGOV", ""},
		{"three leaders called warmongers", d, "North Korea called Moon, Abe and Trump warmongers.", "111", "PRK>USAGOV", ""},
		{"three presidents called traitors", d, "Maduro called the American, Colombian and Brazilian presidents traitors.", "111", "VENGOV>BRAGOV", ""},
		{"a list met: the meeting stays", d, "Putin met Xi, Modi and Erdogan in Samarkand on Friday.", "040", "RUSGOV>TURGOV", ""},
	})
}
