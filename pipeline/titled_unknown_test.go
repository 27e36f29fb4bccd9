package pipeline

import "testing"

// TestTitledNameTakesTitleCountry: a name the knowledge lacks under a
// title takes the country of the mention of the same title the story named
// before without a name ("the U.S. envoy ... Ambassador X", "a Russian
// general ... Gen. X"), not the story's; an envoy with none named before
// is the other state the story named, never the story's own by default.
func TestTitledNameTakesTitleCountry(t *testing.T) {
	testLexRows(t, []lexRow{
		{"envoy named after the envoy of a country", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales expelled the U.S. envoy on Wednesday. On Thursday Morales accused Ambassador Philip Goldwater of conspiring with the opposition.",
			"112", "BOLGOV>USAGOV", ""},
		{"a later bare title refers back to him", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales expelled the U.S. envoy on Wednesday. Morales accused Ambassador Philip Goldwater of conspiring with the opposition. The diplomat rejected the accusation.",
			"016", "USAGOV>BOLGOV", ""},
		{"ambassador summoned, then named", "2016-03-08",
			"ISLAMABAD (Reuters) - Pakistan summoned the Afghan ambassador on Tuesday. Ambassador Omar Zakhiwal accused Pakistan of sheltering militants.",
			"112", "AFGGOV>PAK", ""},
		{"a general of a country, then his name", "2014-05-12",
			"KIEV, Ukraine (AP) - A Russian general warned Ukraine on Monday against moving troops to the border. Gen. Igor Petrovsky accused Kiev of provoking the crisis.",
			"112", "RUSMIL>UKRGOV", ""},
		{"a commander of a country, then his name", "2007-05-12",
			"BAGHDAD (AP) - An American commander praised Iraqi troops on Monday. Commander John Fenwicke accused Iran of arming militias.",
			"112", "USAMIL>IRN", ""},
		{"a foreign minister of a country, then his name", "1995-05-12",
			"HARARE, Zimbabwe (AP) - The Malawian foreign minister arrived in Harare on Monday. Foreign Minister Gwanda Chakuambani accused Zimbabwe of harbouring rebels.",
			"112", "MWIGOV>ZWE", ""},
		{"an envoy with none named before: the other state named", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales criticized the United States on Thursday. Ambassador Philip Goldwater accused Morales of lying.",
			"112", "USAGOV>BOLGOV", ""},
		{"an envoy recalled from the other state is the story's own", "2008-03-05",
			"CARACAS, Venezuela (AP) - Venezuela accused Colombia of violating its sovereignty. Ambassador Pavel Rondani, back from Bogota, accused Colombia of lying.",
			"112", "VENGOV>COL", ""},
		// must not change: a title with its own country, and a holder the
		// knowledge lists, say whose the name is
		{"a nationality before the title wins", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales expelled the U.S. envoy on Wednesday. Bolivian Ambassador Gustavo Guzmani accused Washington of conspiring with the opposition.",
			"112", "BOLGOV>USAGOV", ""},
		{"a general of the story's own country, no title before", "2014-05-12",
			"KIEV, Ukraine (AP) - Ukraine moved troops to the border on Monday. Gen. Viktor Muzhenkov accused Russia of provoking the crisis.",
			"112", "UKRMIL>RUS", ""},
	})
}
