package pipeline

import "testing"

// TestCommandedForces: forces a state orders, sends or deploys are its
// own, whatever country the story is filed from; "the soldiers" right
// after them are the same forces.
func TestCommandedForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered Marines off a foreign coast", "1990-05-28", "MONROVIA, Liberia (AP) — Rebel forces seized the port of Buchanan on Sunday and pushed toward the capital, residents said.\n\nThe United States ordered 2,000 Marines aboard warships off the coast to be ready to evacuate Americans.", "03", "USAMIL>USACVL", ""},
		{"deployed paratroopers who evacuated", "2021-08-16", "KABUL, Afghanistan (AP) — Taliban fighters entered the capital on Sunday as the government collapsed.\n\nBritain deployed 600 paratroopers to the airport, where they evacuated British citizens.", "07", "GBRMIL>GBRCVL", ""},
		{"sent troops, and the soldiers attacked", "2013-01-12", "BAMAKO, Mali (AP) — Islamist fighters seized the town of Konna on Thursday.\n\nFrance sent 500 troops to Mali on Friday, and the soldiers attacked the rebels near Konna.", "190", "FRAMIL>MLIREB", ""},
		{"deployed troops, and the soldiers fired", "2022-01-08", "ALMATY, Kazakhstan (AP) — Protesters stormed government buildings in Almaty on Wednesday.\n\nRussia deployed 2,000 paratroopers to Kazakhstan on Thursday, and the soldiers fired on a crowd near the airport.", "175", "RUSMIL>KAZCVL", ""},
	})
}
