package actor

import (
	"strings"
	"testing"

	"dateline"
)

// TestCoreference follows stories sentence by sentence and checks whom the
// last sentence's words that name no one stand for, and that the rule says
// so. Names are shown for people, whose codes alone would not tell.
func TestCoreference(t *testing.T) {
	tests := []corefCase{
		{"she is the chancellor named before", "2019-10-14", []string{
			"German Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday.",
			"She and her French counterpart agreed to send more troops to Mali."},
			"She=DEUGOV/Angela Merkel; her=DEUGOV/Angela Merkel; French counterpart=FRAGOV/France; troops=MIL/military; Mali=MLI/Mali", "coref:pronoun -> Angela Merkel"},
		{"the minister", "2022-03-10", []string{
			"Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.",
			"The minister accused NATO of provoking the conflict."},
			"minister=RUSGOV/Sergey Lavrov; NATO=IGONATO/NATO", "last person called minister"},
		{"the two leaders are the last two heads named", "2019-10-14", []string{
			"German Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday.",
			"Their foreign ministers also met.",
			"The two leaders signed a defence agreement."},
			"two leaders=DEUGOV/Angela Merkel; two leaders=FRAGOV/Emmanuel Macron", "coref:members -> Emmanuel Macron (2 of 2"},
		{"the two sides are the pair a sentence joined", "2023-05-20", []string{
			"Sudan's army and the paramilitary Rapid Support Forces signed a ceasefire brokered by Saudi Arabia and the United States.",
			"The United Nations urged both sides to respect it."},
			"United Nations=IGOUNO/United Nations; both sides=SDNMIL/Sudan; both sides=SDNREB/Rapid Support Forces", "the two actors an earlier sentence joined"},
		{"the two sides of two countries are the countries named most", "2023-05-20", []string{
			"Pakistani and Afghan troops clashed at the border crossing, and Pakistan closed it.",
			"China urged both sides to talk."},
			"China=CHN/China; both sides=PAK/Pakistan; both sides=AFG/Afghanistan", "countries the story names most"},
		{"his after a titled agent of this sentence", "2021-05-24", []string{
			"Police detained the journalist Roman Pratasevich on Sunday.",
			"Belarus expelled Latvia's ambassador and all of his staff."},
			"Belarus=BLR/Belarus; Latvia's ambassador=LVAGOV/Latvia; his=LVAGOV/Latvia", "the titled agent named before in this sentence"},
		{"him is not the sentence's subject", "2021-02-02", []string{
			"Alexei Navalny was arrested at a Moscow airport.",
			"A Moscow court found him guilty of breaking his parole."},
			"Moscow court=RUSJUD/Russia; him=RUSOPP/Alexei Navalny; his=RUSOPP/Alexei Navalny", "person"},
		{"two arms of one state named apart are one side", "2022-09-17", []string{
			"Kyrgyzstan and Tajikistan agreed a ceasefire after fighting along their border.",
			"Their troops would withdraw from the border, the Kyrgyz presidential office said.",
			"Russia urged both sides to resolve the dispute."},
			"Russia=RUS/Russia; both sides=KGZ/Kyrgyzstan; both sides=TJK/Tajikistan", "countries"},
		{"the party's leader is the party's", "2024-08-08", []string{
			"The court dissolved the opposition Move Forward Party on Wednesday.",
			"The party's former leader said the ruling was unjust."},
			"party's former leader=THAPTY/Move Forward party", "organisation named last"},
		{"both men are the last two people", "2023-03-21", []string{
			"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.",
			"Both men criticised the sanctions."},
			"Both men=CHNGOV/Xi Jinping; Both men=RUSGOV/Vladimir Putin", "the last 2 people named"},
		{"a plural title counts people of that office", "2022-03-10", []string{
			"Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister Dmytro Kuleba in Antalya.",
			"The two foreign ministers made no progress."},
			"two foreign ministers=RUSGOV/Sergey Lavrov; two foreign ministers=UKRGOV/Dmytro Kuleba", "people called foreign minister"},
		{"the two neighbours are the countries named most", "2021-03-10", []string{
			"Armenia and Azerbaijan traded artillery fire on Tuesday, and Armenia closed a road.",
			"Russia called for calm.",
			"The two neighbours blamed each other for the shelling."},
			"two neighbours=ARM/Armenia; two neighbours=AZE/Azerbaijan; each other=ARM/Armenia; each other=AZE/Azerbaijan", "coref:reciprocal -> Azerbaijan (2 of 2: the group described before)"},
		{"both sides are not the countries that call on them, but the two the sentence before named", "2008-01-02", []string{
			"Kenya's opposition accused the government of rigging the vote.",
			"Britain and the United States called on both sides to show restraint."},
			"Britain=GBR/United Kingdom; United States=USA/United States; both sides=KENOPP/Kenya; both sides=GOV/government", ""},
		{"each other after a coordination", "2021-03-10", []string{
			"Armenia and Azerbaijan blamed each other for the shelling."},
			"Armenia=ARM/Armenia; Azerbaijan=AZE/Azerbaijan; each other=ARM/Armenia; each other=AZE/Azerbaijan", "coref:reciprocal -> Armenia (1 of 2: the actors joined by \"and\")"},
		{"one another with no group names no one", "2021-03-10", []string{
			"The villagers helped one another."},
			"villagers=CVL/civilians", ""},
		{"the North is the North Korea the story names", "2022-03-10", []string{
			"North Korea fired two missiles on Monday.",
			"South Korea's military accused the North of violating U.N. resolutions."},
			"South Korea's military=KORMIL/South Korea; North=PRK/North Korea; U.N.=IGOUNO/United Nations", "coref:compass -> North Korea"},
		{"the North names nothing in a story of no divided country", "2022-03-10", []string{
			"Floods hit the North on Monday."},
			"", ""},
		{"the country's armed forces", "2021-02-01", []string{
			"The United States warned Myanmar on Monday after the country's armed forces seized power."},
			"United States=USA/United States; Myanmar=MMR/Myanmar; country's armed forces=MMRMIL/Myanmar", "coref:country -> Myanmar"},
		{"the generals are the last military named", "2021-02-02", []string{
			"The United States warned Myanmar on Monday after the country's armed forces seized power.",
			"President Joe Biden spoke to reporters.",
			"He said the United States would work with its partners.",
			"Biden urged the generals to hand back power."},
			"Biden=USAGOV/Joe Biden; generals=MMRMIL/Myanmar", "the last of the same sector named"},
		{"the group is the group named last", "2021-03-10", []string{
			"Boko Haram militants attacked a village on Sunday.",
			"The group kidnapped 20 villagers."},
			"group=NGARAD/Boko Haram; villagers=CVL/civilians", "coref:group -> Boko Haram"},
		{"the ministry is the ministry named just before", "2021-03-10", []string{
			"Armenia's defence ministry said Azerbaijani forces shelled border villages on Sunday.",
			"The ministry said Azerbaijani troops had opened fire first."},
			"ministry=ARMGOV/Armenia; Azerbaijani troops=AZEMIL/Azerbaijan", "coref:description -> Armenia"},
		{"the leader is a head named before this sentence", "2023-03-21", []string{
			"Chinese President Xi Jinping arrived in Moscow on Monday.",
			"Russian President Vladimir Putin welcomed the visiting leader at the Kremlin."},
			"Russian President Vladimir Putin=RUSGOV/Vladimir Putin; leader=CHNGOV/Xi Jinping", "head of state or government named last before this sentence"},
		{"its gunmen belong to the group, not the state", "2023-10-21", []string{
			"Somalia has pledged to defeat al-Shabaab after its gunmen raided a hotel in Somalia."},
			"Somalia=SOM/Somalia; al-Shabaab=SOMRAD/al-Shabab; its gunmen=SOMRAD/al-Shabab", "a group as its armed men are"},
		{"the officers are the foreign officers named before, not the police", "2006-09-28", []string{
			"Armenian border guards detained three Turkish army officers on Monday.",
			"Armenian police questioned the officers in Yerevan."},
			"Armenian police=ARMCOP/Armenia; officers=TURMIL/Türkiye", "the same head noun"},
		{"the diplomats are the diplomats named before", "2018-03-26", []string{
			"Poland expelled four Belarusian embassy diplomats on Monday.",
			"Polish border guards escorted the diplomats to the frontier."},
			"Polish border guards=POLCOP/Poland; diplomats=BLRGOV/Belarus", "coref:description -> Belarus"},
		{"a singular description does not take a plural head", "2006-09-28", []string{
			"Armenian border guards detained three Turkish army officers on Monday.",
			"Armenian police said the officer in charge resigned."},
			"Armenian police=ARMCOP/Armenia; officer=COP/officer", ""},
		{"a head named long before is not the description", "2006-09-28", []string{
			"Armenian border guards detained three Turkish army officers on Monday.",
			"Turkey protested.",
			"The talks stalled.",
			"Nothing happened.",
			"Armenian police thanked the officers."},
			"Armenian police=ARMCOP/Armenia; officers=ARMCOP/Armenia", ""},
		{"a known person with no role on the date is the role told, a bracketed gloss aside", "2005-02-02", []string{
			"Madhav Kumar Nepal, the general secretary of the Communist Party of Nepal (Unified Marxist-Leninist), was detained."},
			"Madhav Kumar Nepal=NPLPTY/Madhav Kumar Nepal; general secretary of the Communist Party=NPLPTY/Communist Party; Nepal=NPL/Nepal; Unified Marxist-Leninist=NPLPTY/Communist Party of Nepal-Unified Marxist-Leninist", "+role-told"},
		{"a known person before the first role the knowledge lists is the office the title gives", "1993-03-05", []string{
			"Kyrgyz Prime Minister Nikolai Tanayev resigned on Monday."},
			"Kyrgyz Prime Minister Nikolai Tanayev=KGZGOV/Nikolai Tanayev", "+title-told"},
		{"in a passive, after by", "1993-03-05", []string{
			"The decree was signed by Prime Minister Nikolai Tanayev."},
			"Prime Minister Nikolai Tanayev=KGZGOV/Nikolai Tanayev", "+title-told"},
		{"a deputy's title before a later prime minister's first role", "2006-06-01", []string{
			"Kazakh Deputy Prime Minister Karim Massimov has denied the charges."},
			"Kazakh Deputy Prime Minister Karim Massimov=KAZGOV/Karim Massimov", "+title-told"},
		{"a military rank before a later minister's first role", "2010-09-01", []string{
			"General Hulusi Akar was promoted on Friday."},
			"General Hulusi Akar=TURMIL/Hulusi Akar", "+title-told"},
		{"without a title, before the first role, only the country", "2012-01-10", []string{
			"Andrej Babis founded a new movement."},
			"Andrej Babis=CZE/Andrej Babiš", ""},
		{"a role the knowledge lists on the date is kept, without a title", "2015-04-20", []string{
			"Andrej Babis has denied the charges."},
			"Andrej Babis=CZEGOV/Andrej Babiš", ""},
		{"a role held on the date outranks the title", "2020-09-01", []string{
			"General Hulusi Akar resigned on Friday."},
			"General Hulusi Akar=TURGOV/Hulusi Akar", ""},
		{"a name after a party noun is the party's", "2020-06-16", []string{
			"Peru's opposition party Fuerza Nueva condemned the arrests."},
			"Peru's opposition party Fuerza Nueva=PEROPP/Fuerza Nueva", "body+name"},
		{"a name after the ruling party is the party's", "2020-06-16", []string{
			"Kenya's ruling party Umoja Mbele won the vote."},
			"Kenya's ruling party Umoja Mbele=KENPTY/Umoja Mbele", "body+name"},
		{"a name after an activist is a person", "2020-06-16", []string{
			"Peruvian activist Pedro Mamani was arrested."},
			"Peruvian activist Pedro Mamani=PEROPP/Pedro Mamani", "title+name"},
		{"the kingdom in the clause of another country is the one before", "2016-01-03", []string{
			"Saudi Arabia executed a Shiite cleric on Saturday.",
			"Iran condemned the kingdom."},
			"Iran=IRN/Iran; kingdom=SAU/Saudi Arabia", "coref:kingdom -> Saudi Arabia (kingdom named last before this clause, whose IRN is the other party)"},
		{"the country after said is the speaker", "2019-09-16", []string{
			"Iran said the country would never negotiate under pressure."},
			"Iran=IRN/Iran; country=IRN/Iran", "coref:country -> Iran (country named last)"},
		{"the island nation is the island state named last", "2019-11-25", []string{
			"Fiji signed a security pact with Australia on Monday.",
			"China criticised the island nation."},
			"China=CHN/China; island nation=FJI/Fiji", "island state named last"},
		{"the two leaders after a supreme leader", "2018-04-27", []string{
			"South Korean President Moon Jae-in met North Korean leader Kim Jong Un at the border.",
			"The two leaders praised one another."},
			"two leaders=KORGOV/Moon Jae-in; two leaders=PRKGOV/Kim Jong Un; one another=KORGOV/Moon Jae-in; one another=PRKGOV/Kim Jong Un", "coref:reciprocal -> Kim Jong Un (2 of 2: the group described before)"},
		{"they are the police of the same sentence", "2019-03-02", []string{
			"Thousands of opposition supporters marched on Saturday.",
			"Riot police said they had detained 120 people."},
			"Riot police=COP/police; they=COP/police; people=CVL/civilians", "coref:pronoun -> police (first named in this sentence)"},
	}
	runCorefCases(t, tests)
}

// renderPeople renders mentions as "text=CODE/Name".
func renderPeople(ms []dateline.Mention) string {
	var b []string
	for _, m := range ms {
		b = append(b, m.Text+"="+m.Actor.Code+"/"+m.Actor.Name)
	}
	return strings.Join(b, "; ")
}
