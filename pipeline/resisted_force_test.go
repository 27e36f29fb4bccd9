package pipeline

import "testing"

// Force resisted, fended off or answered is fighting (190), its object, the
// armed side or its attack, the target: "repelled the invaders", "fought off
// a raid", "held off the enemy", "fired back at the gunmen"; a crowd beaten
// or pushed back is repressed (175). Not "pushed back the vote", "resisted
// pressure to resign", "fired back at critics" (words, 111) or "held off on a
// decision".
func TestResistedForceIsFought(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fought off a raid", "2015-03-02", "Kenyan soldiers fought off a raid by Somali militants near Mandera.", "190", "KENMIL>SOMREB", ""},
		{"held off the advance", "2016-08-10", "Iraqi troops held off an Islamic State advance on Tuesday.", "190", "IRQMIL>IMGRAD", ""},
		{"resisted the invaders", "2003-03-25", "Iraqi soldiers resisted the American invaders in Basra.", "190", "IRQMIL>USA", ""},
		{"fended off an offensive", "2014-10-20", "Iraqi troops fended off an offensive by Islamic State militants.", "190", "IRQMIL>IMGRAD", ""},
		{"fired back at gunmen", "2012-06-05", "Egyptian troops fired back at the gunmen near the border.", "190", "EGYMIL>UAF", ""},
		{"hit back at militants", "2014-07-08", "Israel hit back at the Palestinian militants.", "190", "ISR>PSEREB", ""},
		{"fought back against rebels", "2013-01-15", "Malian troops fought back against the rebels near Konna.", "190", "MLIMIL>MLIREB", ""},
		{"punished the aggressors", "1987-04-10", "Iran said its forces punished the Iraqi aggressors.", "190", "IRNMIL>IRQ", ""},
		{"beaten back passive", "2022-09-12", "The Russian assault was beaten back by Ukrainian troops.", "190", "UKRMIL>RUS", ""},
		{"police beat back crowds", "2013-02-19", "Bulgarian riot police beat back crowds who tried to reach parliament.", "175", "BGRCOP>BGRCVL", ""},
		{"pushed back protesters", "2019-10-01", "Police pushed back the Hong Kong protesters with batons.", "175", "HKGCOP>HKGOPP", ""},
		{"not a vote pushed back", "2021-05-04", "The Italian parliament pushed back the vote to June.", "19", "", ""},
		{"not pressure resisted", "2021-05-04", "The Peruvian minister resisted pressure to resign.", "19", "", ""},
		{"not critics fired back at", "2021-05-04", "The Brazilian president fired back at critics.", "19", "", ""},
		{"not a decision held off", "2021-05-04", "The Russian central bank held off on a decision.", "19", "", ""},
	})
}
