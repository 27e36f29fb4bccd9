package pipeline

import "testing"

// TestTitleNounAdjectiveNounEvents: a title whose noun premodifier comes
// before its adjective ("deputy foreign minister", "vice interior
// minister"), set off after a name, is the name's apposition, so the
// person is the clause's subject and acts; an adjective after a noun of no
// office still closes the phrase ("found the minister guilty").
func TestTitleNounAdjectiveNounEvents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"possessive, subject", "2020-01-10", "Ahmed Karimi, Iran's deputy foreign minister, rejected the proposal.", "12", "IRNGOV>", ""},
		{"possessive, interior", "2020-01-10", "Omar Haddad, Jordan's deputy interior minister, visited Syria.", "042", "JORGOV>SYR", ""},
		{"vice, possessive", "2020-01-10", "Li Wenhua, China's vice foreign minister, criticised Japan.", "111", "CHNGOV>JPN", ""},
		{"the, subject", "2020-01-10", "Kim Song, the vice foreign minister, criticised Japan.", "111", "GOV>JPN", ""},
		{"object's apposition", "2020-01-10", "The Iraqi president received Pavel Orlov, Russia's deputy foreign minister, in Baghdad.", "043", "IRQGOV>RUSGOV", ""},
		{"a noun between", "2020-01-10", "Ivan Petrov, Russia's deputy foreign affairs minister, criticised Japan.", "111", "RUSGOV>JPN", ""},
		{"not: found the minister guilty", "2020-01-10", "The court found the minister guilty.", "116", "JUD>GOV", ""},
	})
}
