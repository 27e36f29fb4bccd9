package pipeline

import "testing"

// TestOwnInstitutions pins what a state does to its own envoys,
// legislature and prisoners: an envoy recalled with no agent is recalled
// by the state it serves (161); a government that suspends or prorogues
// its legislature, or a legislature that dissolves itself, changes an
// institution (0834), where soldiers who suspend one coerce (172) and a
// bloc that suspends a member sanctions it (166); an amnesty granted to
// prisoners frees them (0841), one granted to rebels is a right (0833).
func TestOwnInstitutions(t *testing.T) {
	runLexRows(t, []lexRow{
		{"recalled: envoy to a country, passive", d, "Russia's ambassador to Ukraine was recalled.", "161", "RUSGOV>UKR", ""},
		{"recalled: envoy from a capital, passive", d, "The French ambassador was recalled from Bamako on Friday.", "161", "FRAGOV>MLIGOV", ""},
		{"recalled: has been recalled", d, "Japan's ambassador to South Korea has been recalled for consultations.", "161", "JPNGOV>KOR", ""},
		{"recalled: active keeps its subject", d, "Turkey recalled its ambassador from Sweden.", "161", "TUR>SWE", ""},
		{"recalled: not recalled", d, "Germany's ambassador to Iran was not recalled.", "161", "", ""},
		{"recalled: a product is no envoy", d, "The cars were recalled by Toyota.", "161", "", ""},
		{"prorogued: a prime minister's parliament", d, "Britain's prime minister prorogued parliament for five weeks.", "0834", "GBRGOV>GBRLEG", ""},
		{"prorogued: will not", d, "The prime minister of Canada said he would not prorogue parliament.", "0834", "", ""},
		{"suspended: a president's parliament is set aside", d, "Tunisia's president suspended parliament for thirty days.", "172", "TUNGOV>TUNLEG", ""},
		{"suspended: soldiers' parliament is coercion", d, "Mutinous soldiers in Mali suspended the national assembly.", "172", "MLIMIL>MLILEG", ""},
		{"suspended: a bloc's member is a sanction", d, "The African Union suspended Guinea after the coup.", "166", "IGOAFR>GIN", ""},
		{"dissolved itself: a parliament votes", d, "Spain's parliament voted to dissolve itself on Tuesday.", "0834", "ESPLEG>ESPOPP", ""},
		{"dissolved itself: a rebel group is no institution", d, "The rebel group dissolved itself last year.", "0834", "", ""},
		{"dissolved itself: refused to", d, "The Knesset refused to dissolve itself.", "0834", "", ""},
		{"amnesty: to prisoners frees them", d, "Cuba granted amnesty to 3,000 prisoners.", "0841", "CUB>", ""},
		{"amnesty: a pardon to inmates", d, "The king granted a pardon to 500 inmates on his birthday.", "0841", "GOV>", ""},
		{"amnesty: to rebels is a right", d, "Colombia's president granted amnesty to the rebels.", "0841", "", ""},
	})
}

// TestNoConfidenceMotion pins motions of no confidence: tabled, filed or
// brought against a government they demand its fall (1041); passed, the
// house censures it (111); only promised or failed, nothing is done.
func TestNoConfidenceMotion(t *testing.T) {
	runLexRows(t, []lexRow{
		{"tabled against a government", d, "Pakistan's opposition tabled a no-confidence motion against the prime minister.", "1041", "PAKOPP>PAKGOV", ""},
		{"filed, of no confidence in", d, "Opposition parties in Nepal filed a motion of no confidence in the government.", "1041", "NPLOPP>NPLGOV", ""},
		{"brought against a minister", d, "Romanian senators brought a no-confidence motion against the finance minister.", "1041", "ROULEG>ROUGOV", ""},
		{"passed is a censure", d, "Peru's congress passed a no-confidence motion against the cabinet.", "111", "PERLEG>PERGOV", ""},
		{"passed is no demand", d, "Peru's congress passed a no-confidence motion against the cabinet.", "1041", "", ""},
		{"will table is no demand yet", d, "The opposition in Nepal said it would table a no-confidence motion.", "1041", "", ""},
		{"tabled a bill is no demand", d, "Pakistan's opposition tabled a bill on elections.", "1041", "", ""},
	})
}

// TestAuthoriseForceAgainst pins the use of force or military action
// authorised against a country: force held out against it (138); without
// "against" nothing says whom it is held out against, and a force
// authorised for a country stays 050.
func TestAuthoriseForceAgainst(t *testing.T) {
	runLexRows(t, []lexRow{
		{"use of force against a country", d, "The US Congress authorized the use of military force against Iraq.", "138", "USALEG>IRQ", ""},
		{"military action against a country", d, "The Security Council authorised military action against Libya.", "138", "IGOUNO>LBY", ""},
		{"refused to authorise", d, "The British parliament refused to authorise military action against Syria.", "138", "", ""},
		{"use of force with no against", d, "The Security Council authorized the use of force to protect civilians in Libya.", "138", "", ""},
		{"a force for a country is no threat", d, "The Security Council authorised a peacekeeping force for Somalia.", "138", "", ""},
	})
}
