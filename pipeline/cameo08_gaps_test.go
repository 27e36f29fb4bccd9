package pipeline

import "testing"

// testGapRows codes each row with the coder the command line builds (a state named bare is its
// government) and compares the asserted events of the row's code: a negated or supposed act is
// told, not asserted.
func testGapRows(t *testing.T, rows []doerRow) {
	t.Helper()
	testDoerRowsWith(t, defaultCoder(t), rows)
}

// TestFamilyYieldGaps: acts of yielding (08) that the CAMEO 1.1b3 codebook names and wires word in
// ways the lexicon lacked: curbs relaxed, censorship abolished, an emergency relaxed, a resignation
// sent, captives let go or sent back, house arrest lifted, airspace reopened, a force's drawdown, an
// end to a campaign declared, a ban on a country's goods lifted. Negated and supposed forms, and
// the same words for other things, yield nothing.
func TestFamilyYieldGaps(t *testing.T) {
	testGapRows(t, []doerRow{
		{"curbs on the media relaxed", "2012-08-20", "Egypt's military rulers relaxed curbs on the media on Monday.", "0811", "EGYGOV>EGYMED"},
		{"curbs on business eased", "2011-04-18", "Cuba eased curbs on private business last month.", "081", "CUBGOV>CUBBUS"},
		{"censorship abolished", "2012-08-20", "Myanmar abolished press censorship on Monday.", "0811", "MMRGOV>MMRCVL"},
		{"emergency relaxed", "2011-02-15", "Algeria relaxed its state of emergency on Tuesday.", "0814", "DZAGOV>DZACVL"},
		{"resignation emailed", "2022-07-14", "Sri Lankan President Gotabaya Rajapaksa emailed his resignation to the speaker of parliament on Thursday.", "0831", "LKAGOV>LKALEG"},
		{"resignation sent", "2019-04-02", "Algerian President Abdelaziz Bouteflika sent his resignation to the constitutional council on Tuesday.", "0831", "DZAGOV>DZAJUD"},
		{"captives let go", "2015-03-02", "Houthi rebels let go three Saudi pilots on Monday.", "0841", "YEMREB>SAUGOV"},
		{"let go of hostages", "2008-07-02", "Colombian rebels let go of six hostages on Wednesday.", "0841", "COLREB>COLCVL"},
		{"fishermen sent back", "2019-11-08", "North Korea sent the South Korean fishermen back to Seoul on Friday.", "0841", "PRKGOV>KORCVL"},
		{"house arrest lifted", "2010-11-13", "Myanmar's junta lifted the house arrest of Aung San Suu Kyi on Saturday.", "0841", "MMRGOV>MMROPP"},
		{"airspace reopened to", "2019-07-16", "Pakistan reopened its airspace to Indian flights on Tuesday.", "0863", "PAKGOV>INDGOV"},
		{"drawdown of troops", "2014-05-27", "The drawdown of American troops from Afghanistan continued on Tuesday.", "087", "USAMIL>"},
		{"pullout of troops", "2016-03-15", "The pullout of Russian troops from Syria began on Tuesday.", "087", "RUSMIL>"},
		{"end to a campaign announced", "2011-10-20", "The Basque separatist group ETA announced a definitive end to its armed campaign on Thursday.", "087", "ESPREB>ESPREB"},
		{"armed operations suspended", "2013-03-23", "The PKK suspended its armed operations on Saturday.", "087", "TURREB>"},
		{"checkpoints dismantled", "2009-06-24", "Israel dismantled checkpoints in the West Bank on Wednesday.", "081", "ISRGOV>PSECVL"},
		{"ban on seafood lifted", "2023-06-30", "China lifted its ban on Japanese seafood on Friday.", "085", "CHNGOV>JPNGOV"},
		{"ban on tomatoes eased", "2017-10-09", "Russia eased its ban on Turkish tomatoes on Monday.", "085", "RUSGOV>TURGOV"},
		// guards: negated, supposed, or other things cut and suspended
		{"guard: resignation not sent", "2022-07-14", "Sri Lankan President Gotabaya Rajapaksa did not send his resignation to the speaker.", "0831", ""},
		{"guard: censorship not lifted", "2012-08-20", "Myanmar will not lift censorship, the minister said.", "08", ""},
		{"guard: curbs relaxed if", "2012-08-20", "Egypt might relax curbs on the media if the protests end.", "08", ""},
		{"guard: airline operations", "2020-03-20", "Kenya Airways suspended operations on Friday.", "087", ""},
		{"guard: ban on a party stays 0812", "2012-08-20", "Egypt lifted its ban on the opposition party on Monday.", "085", ""},
		{"guard: own soldiers sent back", "2014-07-22", "Israel sent its soldiers back into Gaza on Tuesday.", "0841", ""},
	})
}

// TestFamilyYieldLetBe: more of 08 from the codebook: a pardon issued for captives, a place handed
// over (also as a noun), a crossing's reopening ordered, tanks pulled off the streets, a rally
// authorised or permitted to go ahead. Refused or negated, or keys handed over, none.
func TestFamilyYieldLetBe(t *testing.T) {
	testGapRows(t, []doerRow{
		{"pardon issued for", "2021-08-02", "Morocco's King Mohammed issued a royal pardon for the jailed journalists on Monday.", "0841", "MARGOV>MARMED"},
		{"place handed over", "2007-12-16", "Britain handed over Basra to Iraqi forces on Sunday.", "0842", "GBRGOV>IRQMIL"},
		{"handover of a place", "2007-12-16", "Britain completed the handover of Basra to Iraqi forces on Sunday.", "0842", "GBRGOV>IRQMIL"},
		{"reopening of a crossing ordered", "2018-05-25", "Egypt ordered the reopening of the Rafah crossing on Friday.", "0863", "EGYGOV>PSEGOV"},
		{"tanks pulled off the streets", "2013-07-30", "The Egyptian army pulled its tanks off the streets of Cairo on Tuesday.", "087", "EGYMIL>EGYGOV"},
		{"armoured vehicles pulled off the streets", "2006-04-27", "Nepal's army pulled its armoured vehicles off the streets of Kathmandu on Thursday.", "087", "NPLMIL>NPLGOV"},
		{"rally authorised", "2011-12-22", "Russian authorities authorised an opposition rally in Moscow on Thursday.", "0811", "RUSGOV>RUSOPP"},
		{"protest permitted to go ahead", "2019-08-30", "Hong Kong police permitted the protest to go ahead on Saturday.", "0811", "HKGCOP>HKGCVL"},
		// guards
		{"guard: rally not authorised", "2011-12-22", "Russian authorities did not authorise the opposition rally.", "08", ""},
		{"guard: refused to let the march proceed", "2011-12-22", "Police refused to allow the march to proceed.", "08", ""},
		{"guard: keys handed over", "2011-12-22", "The Kenyan mayor handed over the keys to the new owner on Monday.", "08", ""},
	})
}

// TestFamilyNuclearYield: a weapons program abandoned is given up (0873, as one dismantled is);
// enrichment or a nuclear program suspended, halted or frozen is a concession (080), and a demand or
// a refusal of it takes its codes (105, 124). Refused, demanded or foreseen, it is not done.
func TestFamilyNuclearYield(t *testing.T) {
	testGapRows(t, []doerRow{
		{"enrichment suspended", "2003-10-21", "Iran suspended uranium enrichment on Tuesday.", "080", "IRNGOV>"},
		{"enrichment halted", "2004-11-22", "Iran halted its enrichment of uranium on Monday.", "080", "IRNGOV>"},
		{"program frozen", "1994-10-21", "North Korea froze its nuclear program on Friday.", "080", "PRKGOV>"},
		{"program frozen, perfect", "2007-07-16", "North Korea has frozen its nuclear program.", "080", "PRKGOV>"},
		{"weapons program abandoned", "2003-12-19", "Libya abandoned its nuclear weapons program on Friday.", "0873", "LBYGOV>"},
		{"refusal to freeze", "2006-08-31", "Iran refused to freeze its nuclear program on Thursday.", "124", "IRNGOV>"},
		// guards
		{"guard: will not suspend", "2006-08-31", "Iran will not suspend enrichment, its president said.", "080", ""},
		{"guard: refused to freeze", "2006-08-31", "Iran refused to freeze its nuclear program on Thursday.", "080", ""},
		{"guard: demanded to suspend", "2006-08-31", "The United States demanded that Iran suspend enrichment.", "080", ""},
		{"guard: fields abandoned", "2006-08-31", "Kenyan farmers abandoned their fields on Thursday.", "08", ""},
	})
}
