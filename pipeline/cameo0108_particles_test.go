package pipeline

import "testing"

// TestFamilyParticleVerbs: particle verbs of roots 04, 07 and 08 the codebook's acts are worded
// with: a leader who flies out to, sets out for or stops off in a place visits it (042); money freed
// up for another is given (071); aid let through (0863), an operation wound down (087), restrictions
// eased up on (081), sanctions phased out (085), a threat backed away from (080). Warships, troops
// and businesses that do the same, and negated or future forms, code none.
func TestFamilyParticleVerbs(t *testing.T) {
	testGapRows(t, []doerRow{
		{"flew out to", "2013-11-03", "U.S. Secretary of State John Kerry flew out to Cairo on Sunday.", "042", "USAGOV>EGYGOV"},
		{"set out for", "2018-02-09", "The North Korean delegation set out for Seoul on Friday.", "042", "PRKGOV>KORGOV"},
		{"stopped off in", "2013-12-09", "U.S. Defense Secretary Chuck Hagel stopped off in Kabul on Saturday.", "042", "USAGOV>AFGGOV"},
		{"freed up money for", "2022-04-21", "The United States freed up $500 million for Ukraine on Thursday.", "071", "USAGOV>UKRGOV"},
		{"let through aid", "2023-10-21", "Egypt let through aid convoys to Gaza on Saturday.", "0863", "EGYGOV>PSEGOV"},
		{"wound down an operation", "2016-03-14", "Russia wound down its military operation in Syria on Monday.", "087", "RUSGOV>SYRGOV"},
		{"eased up on restrictions", "2010-06-20", "Israel eased up on its restrictions in Gaza on Sunday.", "081", "ISRGOV>PSECVL"},
		{"phased out sanctions", "2013-04-22", "The European Union phased out sanctions on Myanmar on Monday.", "085", "IGOEUR>MMRGOV"},
		{"backed away from a threat", "2009-01-12", "Russia backed away from its threat to cut gas supplies on Monday.", "080", "RUSGOV>"},
		// guards
		{"guard: warship set out", "2019-05-06", "The American warship set out for the Gulf on Monday.", "042", ""},
		{"guard: troops flew out", "2021-08-15", "British troops flew out to Kabul on Sunday.", "042", ""},
		{"guard: business wound down", "2022-03-08", "The company wound down its business in Russia.", "087", ""},
		{"guard: future phase-out of imports", "2022-05-18", "The EU will phase out Russian gas imports.", "085", ""},
		{"guard: did not let through", "2023-10-21", "Israel did not let through the aid convoys.", "0863", ""},
	})
}
