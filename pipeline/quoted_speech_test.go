package pipeline

import "testing"

// TestQuotedSpeech codes what a quotation says as what a that-clause
// says: a quotation after a colon that ends a verb of saying ('Khamenei
// said: "Israel will pay a heavy price."') is the verb's complement, and
// a fronted quotation ('"Washington must lift the sanctions," Rouhani
// said') is framed by the report after it, so a fate, a claim, a demand or
// an appeal in it is the speaker's. A colon after no verb of saying, or a
// quotation whose subject is the speaker's own side, obliges no one.
func TestQuotedSpeech(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"colon: a fate held out", "2019-05-05", `Supreme Leader Ayatollah Ali Khamenei said: "Israel will pay a heavy price."`, "130", "IRNGOV>ISRGOV", ""},
		{"colon after a time: a claim", "2019-06-14", `Secretary of State Mike Pompeo said on Thursday: "Iran was behind the attacks on the tankers."`, "112", "USAGOV>IRNGOV", ""},
		{"colon after a statement: we condemn", "2019-05-05", `Pakistan's foreign ministry said in a statement: "We condemn the attack in the strongest terms."`, "111", "PAKGOV>", ""},
		{"colon: a demand", "2019-05-05", `President Hassan Rouhani said: "The United States must lift the sanctions."`, "10", "IRNGOV>USAGOV", ""},
		{"colon after told reporters: a claim", "2022-03-10", `Ukrainian Foreign Minister Dmytro Kuleba told reporters: "Russian forces shelled the maternity hospital in Mariupol."`, "112", "UKRGOV>RUSMIL", ""},
		{"fronted quote: must", "2019-05-05", `"The United States must lift the sanctions," President Hassan Rouhani said in a televised speech.`, "10", "IRNGOV>USAGOV", ""},
		{"fronted quote: should", "2002-04-02", `"Israel should withdraw its forces from Palestinian cities," the Arab League said on Tuesday.`, "02", "IGOARL>ISRGOV", ""},
		{"fronted quote: must step down", "2017-11-02", `"President Uhuru Kenyatta must step down," opposition leader Raila Odinga said.`, "10", "KENOPP>KENGOV", ""},
		{"fronted quote: own side must", "2019-05-05", `"We must defend our country," the president said.`, "10", "", ""},
		{"colon after no verb of saying", "2019-05-05", `Police found the cause: rebels had shelled the fuel depot.`, "112", "", ""},
	})
}

// TestFramedPresentIsNoSubjunctive: a present verb in a clause that a
// report after it frames says what its subject does, not what another
// must do: only "that" after a verb of demand opens a subjunctive.
func TestFramedPresentIsNoSubjunctive(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"framed present: a rejection", "2020-04-10", "The Houthis reject the Saudi proposal for a truce, their spokesman Mohammed Abdulsalam said.", "12", "YEMREB>SAUGOV", ""},
		{"framed present: no demand", "2020-04-10", "The Houthis reject the Saudi proposal for a truce, their spokesman Mohammed Abdulsalam said.", "10", "", ""},
		{"framed plural present: no demand", "2020-01-28", "Palestinians reject the American peace plan, chief negotiator Saeb Erekat said on Tuesday.", "10", "", ""},
		{"framed present: they oppose", "2019-05-05", "The Kurds oppose any Turkish incursion into northern Syria, their commander Mazloum Abdi said.", "10", "", ""},
		{"that after a verb of demand: subjunctive", "2011-02-05", "Protesters insisted that President Hosni Mubarak step down at once.", "10", "EGYOPP>EGYGOV", ""},
	})
}
