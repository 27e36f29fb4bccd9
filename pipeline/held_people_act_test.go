package pipeline

import "testing"

// TestHeldPeopleWhoAct: people held named alone ("prisoners", "inmates",
// "detainees", agents.txt's is: held) are someone only as the active
// subject of their own act: then they are of where they are held, the
// sentence's place, else the story's. Released, exchanged or acted on,
// alone, whose people they are is not told (another state's as often),
// nor after a passive, nor when the act is negated or only possible.
func TestHeldPeopleWhoAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"inmates riot at a jail of the sentence's place", "2016-10-03", "Inmates rioted at a prison in the Venezuelan state of Lara on Sunday.", "145", "VENCVL>VENGOV", ""},
		{"prisoners begin a hunger strike in the dateline's country", "2015-03-02", "MANAMA, March 2 (Reuters) - Prisoners at the central jail began a hunger strike on Monday.", "142", "BHRCVL>BHRGOV", ""},
		{"inmates take guards hostage", "2021-09-28", "Inmates at a prison in Guayaquil took 50 guards hostage on Tuesday.", "181", "ECUCVL>ECUCOP", ""},
		{"detainees accuse their guards", "2017-07-01", "TEHRAN, July 1 (Reuters) - The detainees accused the guards of torture.", "11", "IRNCVL>IRNCOP", ""},
		{"rebel prisoners rise and seize guards", "1986-06-20", "LIMA, June 20 (Reuters) - Guerrilla prisoners rose up in three jails on Wednesday, seizing guards as hostages.", "181", "PERCVL>PERCOP", ""},
		{"convicts demand better food", "2009-05-11", "Convicts at a jail in Kampala demanded better food on Monday.", "10", "UGACVL>UGAGOV", ""},
		{"political prisoners fast", "1994-02-14", "RANGOON, Feb 14 (Reuters) - Political prisoners began a hunger strike on Monday.", "142", "MMROPP>MMRGOV", ""},
		{"inmates kill other inmates", "1983-07-27", "COLOMBO, July 27 (Reuters) - Inmates at Welikada jail killed 35 prisoners on Monday.", "19", "LKACVL>", ""},
		// a nationality still says whose they are
		{"a nationality before them", "2012-05-01", "Palestinian prisoners in Israeli jails began a hunger strike on Monday.", "142", "PSECVL>ISRGOV", ""},
		// freed, acted on or after a passive: no one
		{"prisoners freed are no one", "2012-05-01", "JERUSALEM, May 1 (Reuters) - Israel freed 300 prisoners on Monday.", "0841", "ISR>", ""},
		{"they who stand for inmates beaten are no one", "2017-07-01", "CARACAS, July 1 (Reuters) - Freed inmates said they had been beaten by guards.", "18", "VENCOP>", ""},
		{"detainees as a passive's subject", "2017-07-01", "CAIRO, July 1 (Reuters) - The detainees were not allowed to see lawyers.", "1", "", ""},
		{"held by another state, a hunger strike stays uncoded", "2017-07-01", "The detainees, held by Israel without trial, began a hunger strike on Monday.", "14", "", ""},
		// negated and hypothetical acts code nothing
		{"a riot that did not happen", "2017-07-01", "CARACAS, July 1 (Reuters) - Inmates did not riot on Sunday.", "145", "", ""},
		{"a strike only threatened if", "2017-07-01", "CAIRO, July 1 (Reuters) - The prisoners would begin a hunger strike if the visits were cancelled.", "142", "", ""},
	})
}
