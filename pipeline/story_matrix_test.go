package pipeline

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// storyCheck is one sentence of a matrix story and what a user relies on
// there: "ROOT SOURCE>TARGET" pairs that must and must not be coded.
type storyCheck struct {
	sentence  string
	want, not []string
	open      string // a known miss, why: logged, and an error once it passes
}

// matrixStory is a short datelined story of three to six sentences; kind
// names the construction across sentences its checks are about.
type matrixStory struct {
	name, kind, date, text string
	checks                 []storyCheck
}

// TestStoryMatrix: who is who across whole stories. Each story names
// actors early and leaves later sentences to pronouns, titles,
// descriptions, unnamed agents, agentless passives, reciprocals, reported
// speech and replies; a second country enters mid-story in several. The
// pass rate per construction is logged (go test -v -run TestStoryMatrix).
func TestStoryMatrix(t *testing.T) {
	c := newCoder(t)
	pass, all := map[string]int{}, map[string]int{}
	for _, s := range storyMatrix {
		on, err := time.Parse("2006-01-02", s.date)
		if err != nil {
			t.Fatal(err)
		}
		events := codeText(t, c, s.text, on)
		for _, ck := range s.checks {
			got := inSentence(events, ck.sentence)
			var miss []string
			for _, w := range ck.want {
				if !matrixPair(got, w) {
					miss = append(miss, "want "+w)
				}
			}
			for _, w := range ck.not {
				if matrixPair(got, w) {
					miss = append(miss, "want no "+w)
				}
			}
			all[s.kind]++
			switch {
			case len(miss) == 0 && ck.open != "":
				t.Errorf("%s: in %q: got %v, which passes: the row is no longer open", s.name, ck.sentence, got)
			case len(miss) == 0:
				pass[s.kind]++
			case ck.open != "":
				t.Logf("open: %s: in %q: got %v, %s (%s)", s.name, ck.sentence, got, strings.Join(miss, ", "), ck.open)
			default:
				t.Errorf("%s: in %q: got %v, %s", s.name, ck.sentence, got, strings.Join(miss, ", "))
			}
		}
	}
	kinds := make([]string, 0, len(all))
	for k := range all {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-14s %d/%d", k, pass[k], all[k])
	}
}

// matrixPair is codedPair where a source or target ending in "*" matches
// any code it starts ("NER*": Niger, any sector; codeFits).
func matrixPair(got []string, want string) bool {
	root, pair, _ := strings.Cut(want, " ")
	src, tgt, _ := strings.Cut(pair, ">")
	for _, g := range got {
		cameo, gp, _ := strings.Cut(g, " ")
		gs, gt, _ := strings.Cut(gp, ">")
		if (root == "*" || strings.HasPrefix(cameo, root)) && codeFits(gs, src) && codeFits(gt, tgt) {
			return true
		}
	}
	return false
}

var storyMatrix = []matrixStory{
	// pronouns after a named leader or state
	{name: "he three sentences after the named president", kind: "pronoun", date: "2016-09-21",
		text: "MANILA, Philippines — Philippine President Rodrigo Duterte spoke to soldiers in Davao on Wednesday.\n\n" +
			"The audience cheered several times.\n\nHe accused the European Union of meddling in the country's drug war.\n",
		checks: []storyCheck{{sentence: "He accused", want: []string{"112 PHLGOV>IGOEUR"}}}},
	{name: "she after a named prime minister and a foreign visitor", kind: "pronoun", date: "2019-03-16",
		text: "WELLINGTON, New Zealand — New Zealand Prime Minister Jacinda Ardern visited Christchurch on Saturday.\n\n" +
			"She thanked Australia for sending police officers.\n\nShe also condemned the gunman.\n",
		checks: []storyCheck{{sentence: "She thanked", want: []string{"* NZLGOV>AUS*"}}}},
	{name: "they after named protesters", kind: "pronoun", date: "2019-10-20",
		text: "SANTIAGO, Chile — Thousands of students protested in Santiago on Sunday against a fare rise.\n\n" +
			"They later clashed with police near the presidential palace.\n\nPolice arrested more than 100 of them.\n",
		checks: []storyCheck{{sentence: "Police arrested", want: []string{"173 CHLCOP>*"}, not: []string{"* *>-"}}}},
	{name: "it after a named state in a story filed abroad", kind: "pronoun", date: "2018-05-09",
		text: "LONDON — Iran said on Wednesday it would stay in the nuclear deal.\n\n" +
			"It also threatened Israel with retaliation for air strikes in Syria.\n",
		checks: []storyCheck{{sentence: "It also threatened", want: []string{"13 IRN>ISR"}}}},
	{name: "its government after a named state", kind: "pronoun", date: "2020-06-30",
		text: "BEIJING — China passed a national security law for Hong Kong on Tuesday.\n\n" +
			"Britain condemned the law.\n\nIts government also offered residency to Hong Kong residents.\n",
		checks: []storyCheck{{sentence: "Its government also offered", not: []string{"* CHN*>*"}}}},
	{name: "his government after a named president", kind: "pronoun", date: "2023-07-27",
		text: "NIAMEY, Niger — Soldiers detained President Mohamed Bazoum at the presidential palace on Wednesday.\n\n" +
			"France demanded his release.\n\nHis government had been an ally of the West.\n",
		checks: []storyCheck{{sentence: "France demanded", want: []string{"* FRA*>NER*"}}}},
	{name: "he after a president and a named rival", kind: "pronoun", date: "2010-12-08",
		text: "ABIDJAN, Ivory Coast — Incumbent President Laurent Gbagbo refused to step down on Wednesday.\n\n" +
			"He accused the United Nations of bias.\n\nThe African Union suspended Ivory Coast.\n",
		checks: []storyCheck{
			{sentence: "He accused", want: []string{"112 CIVGOV>IGOUNO"}},
			{sentence: "suspended Ivory Coast", want: []string{"* IGOAFR>CIV"}}}},
	// definite descriptions
	{name: "the minister after a named interior minister", kind: "description", date: "2015-09-03",
		text: "BUDAPEST, Hungary — Hungarian Interior Minister Sandor Pinter toured the border fence on Thursday.\n\n" +
			"The minister accused Greece of failing to guard its borders.\n",
		checks: []storyCheck{{sentence: "The minister accused", want: []string{"112 HUNGOV>GRC"}}}},
	{name: "the president after two sentences on others", kind: "description", date: "2018-04-27",
		text: "PANMUNJOM, South Korea — South Korean President Moon Jae-in crossed into the North's side of the border on Friday.\n\n" +
			"Soldiers of both sides watched.\n\nThe president later praised North Korean leader Kim Jong Un for his courage.\n",
		checks: []storyCheck{{sentence: "The president later praised", want: []string{"051 KORGOV>PRKGOV"}}}},
	{name: "the two leaders agree", kind: "description", date: "2018-07-16",
		text: "HELSINKI, Finland — U.S. President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday.\n\n" +
			"The two leaders agreed to hold further talks on arms control.\n",
		checks: []storyCheck{{sentence: "The two leaders agreed", want: []string{"* USAGOV>RUSGOV"}}}},
	{name: "both men criticise a third state", kind: "description", date: "2019-06-05",
		text: "MOSCOW, Russia — Chinese President Xi Jinping arrived in Moscow on Wednesday for talks with President Vladimir Putin.\n\n" +
			"Both men criticised the United States over its trade tariffs.\n",
		checks: []storyCheck{{sentence: "Both men criticised", want: []string{"111 CHNGOV>USA", "111 RUSGOV>USA"}}}},
	{name: "the group after a named armed group", kind: "description", date: "2014-04-15",
		text: "MAIDUGURI, Nigeria — Boko Haram gunmen raided a school in Chibok on Monday night.\n\n" +
			"The group abducted more than 200 schoolgirls.\n\nNigerian troops later pursued the attackers.\n",
		checks: []storyCheck{{sentence: "The group abducted", want: []string{"181 NGA*>*"}}}},
	{name: "the rebels after named rebels across a sentence", kind: "description", date: "2015-03-26",
		text: "SANAA, Yemen — Houthi rebels advanced on the southern city of Aden on Wednesday.\n\n" +
			"Saudi Arabia launched air strikes in Yemen on Thursday.\n\nThe rebels fired rockets at the Saudi border town of Najran.\n",
		checks: []storyCheck{{sentence: "The rebels fired", want: []string{"19 YEMREB>SAU"}}}},
	{name: "the kingdom after a named kingdom", kind: "description", date: "2017-06-05",
		text: "RIYADH, Saudi Arabia — Saudi Arabia cut diplomatic ties with Qatar on Monday.\n\n" +
			"The kingdom accused Qatar of supporting terrorism.\n",
		checks: []storyCheck{{sentence: "The kingdom accused", want: []string{"112 SAU>QAT"}}}},
	{name: "the island nation after a named island state", kind: "description", date: "2012-02-07",
		text: "MALE, Maldives — Maldivian President Mohamed Nasheed resigned on Tuesday after a police mutiny.\n\n" +
			"India urged calm.\n\nThe island nation has been a tourist destination for decades.\n\nIndia later sent an envoy to the island nation.\n",
		checks: []storyCheck{{sentence: "India later sent", want: []string{"* IND>MDV"}}}},
	{name: "the North after North Korea", kind: "description", date: "2010-11-23",
		text: "SEOUL, South Korea — North Korea shelled the South Korean island of Yeonpyeong on Tuesday.\n\n" +
			"South Korean troops returned fire.\n\nSeoul accused the North of an unprovoked attack.\n",
		checks: []storyCheck{{sentence: "Seoul accused", want: []string{"112 KOR*>PRK"}}}},
	{name: "the country's leader after a named state", kind: "description", date: "2021-08-16",
		text: "KABUL, Afghanistan — Taliban fighters took control of Kabul on Sunday.\n\n" +
			"The country's president fled abroad.\n\nPakistan urged the Taliban to form an inclusive government.\n",
		checks: []storyCheck{{sentence: "Pakistan urged", want: []string{"* PAK>AFG*"}}}},
	// unnamed agents in a datelined story
	{name: "police in a story that names a foreign capital in passing", kind: "unnamed", date: "2018-11-24",
		text: "PARIS, France — Protesters in yellow vests marched down the Champs-Elysees on Saturday.\n\n" +
			"The protest followed talks in Brussels on fuel taxes.\n\nPolice fired tear gas at the protesters.\n",
		checks: []storyCheck{{sentence: "Police fired tear gas", want: []string{"* FRACOP>FRA*"}, not: []string{"* BEL*>*"}}}},
	{name: "troops in a story about a state's own border", kind: "unnamed", date: "2020-06-16",
		text: "NEW DELHI, India — Indian and Chinese soldiers fought with clubs in the Galwan Valley on Monday.\n\n" +
			"Twenty Indian soldiers died.\n\nTroops later reinforced positions along the border.\n",
		checks: []storyCheck{{sentence: "Troops later reinforced", not: []string{"* CHN*>*"}}}},
	{name: "authorities in a story about one country filed from another", kind: "unnamed", date: "2022-09-21",
		text: "DUBAI, United Arab Emirates — Protests spread across Iran on Wednesday over the death of a young woman in custody.\n\n" +
			"Authorities blocked access to Instagram.\n\nSecurity forces fired on protesters in the city of Zahedan.\n",
		checks: []storyCheck{
			{sentence: "Security forces fired", want: []string{"* IRN*>IRN*"}, not: []string{"* ARE*>*"}}}},
	{name: "riot police detain marchers in a datelined story", kind: "unnamed", date: "2019-01-15",
		text: "HARARE, Zimbabwe — Thousands protested on Monday against a fuel price rise.\n\n" +
			"Riot police detained about 200 people.\n\nThe government blamed the opposition for the violence.\n",
		checks: []storyCheck{
			{sentence: "Riot police detained", want: []string{"173 ZWECOP>*"}},
			{sentence: "The government blamed", want: []string{"112 ZWEGOV>ZWEOPP"}}}},
	{name: "soldiers of a coup story", kind: "unnamed", date: "2021-09-05",
		text: "CONAKRY, Guinea — Soldiers seized President Alpha Conde on Sunday.\n\n" +
			"Gunfire rang out near the palace.\n\nThe soldiers dissolved the government and closed the borders.\n",
		checks: []storyCheck{{sentence: "The soldiers dissolved", not: []string{"* GNB*>*", "* GNQ*>*", "* PNG*>*"}}}},
	// agentless passives answered by the story's state
	{name: "an opposition leader was arrested", kind: "passive", date: "2023-07-28",
		text: "DAKAR, Senegal — Opposition leader Ousmane Sonko was arrested on Friday.\n\n" +
			"His party called the arrest illegal.\n",
		checks: []storyCheck{{sentence: "was arrested", want: []string{"173 SENCOP>SENOPP"}}}},
	{name: "journalists were detained", kind: "passive", date: "2017-09-12",
		text: "YANGON, Myanmar — Two Reuters journalists were detained in Yangon on Tuesday.\n\n" +
			"The United Nations demanded their release.\n",
		checks: []storyCheck{{sentence: "were detained", want: []string{"173 MMR*>*"}}}},
	{name: "an activist was sentenced", kind: "passive", date: "2021-06-10",
		text: "MINSK, Belarus — A prominent opposition activist was sentenced to 15 years in prison on Thursday.\n\n" +
			"Lithuania condemned the sentence.\n",
		checks: []storyCheck{{sentence: "was sentenced", want: []string{"* BLR*>BLR*"}}}},
	{name: "diplomats were expelled", kind: "passive", date: "2018-03-26",
		text: "WARSAW, Poland — Four Russian diplomats were expelled on Monday over the poisoning of a former spy in Britain.\n\n" +
			"Moscow promised to respond.\n",
		checks: []storyCheck{{sentence: "were expelled", want: []string{"* POL*>RUS*"}, not: []string{"* GBR*>*"}}}},
	{name: "protesters were killed by unnamed forces", kind: "passive", date: "2019-06-03",
		text: "KHARTOUM, Sudan — At least 30 protesters were killed on Monday when a sit-in was broken up.\n\n" +
			"The opposition blamed the ruling military council.\n",
		checks: []storyCheck{{sentence: "were killed", not: []string{"* -*>*"}}}},
	// reciprocals
	{name: "the two neighbours blamed each other", kind: "reciprocal", date: "2020-09-28",
		text: "BAKU, Azerbaijan — Fighting broke out between Armenia and Azerbaijan over Nagorno-Karabakh on Sunday.\n\n" +
			"The two neighbours blamed each other for the shelling.\n",
		checks: []storyCheck{{sentence: "blamed each other", want: []string{"112 ARM>AZE", "112 AZE>ARM"}}}},
	{name: "the two sides accused one another", kind: "reciprocal", date: "2022-09-16",
		text: "BISHKEK, Kyrgyzstan — Kyrgyz and Tajik border guards exchanged fire on Friday.\n\n" +
			"The two countries accused one another of starting the fighting.\n",
		checks: []storyCheck{{sentence: "accused one another", want: []string{"112 KGZ>TJK", "112 TJK>KGZ"}}}},
	{name: "the leaders praised each other", kind: "reciprocal", date: "2023-03-21",
		text: "MOSCOW, Russia — Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday.\n\n" +
			"The two leaders praised each other.\n",
		checks: []storyCheck{{sentence: "praised each other", want: []string{"051 CHNGOV>RUSGOV", "051 RUSGOV>CHNGOV"}}}},
	{name: "India and Pakistan accused each other", kind: "reciprocal", date: "2019-02-27",
		text: "ISLAMABAD, Pakistan — Pakistan said it shot down two Indian jets on Wednesday.\n\n" +
			"India and Pakistan accused each other of violating the ceasefire in Kashmir.\n",
		checks: []storyCheck{{sentence: "accused each other", want: []string{"112 IND>PAK", "112 PAK>IND"}}}},
	{name: "the two neighbours later, after two named states", kind: "reciprocal", date: "2008-08-09",
		text: "TBILISI, Georgia — Russian troops moved into South Ossetia on Friday.\n\n" +
			"Georgia said it was defending its territory.\n\nThe two neighbours accused each other of aggression.\n",
		checks: []storyCheck{{sentence: "accused each other", want: []string{"112 RUS>GEO", "112 GEO>RUS"}}}},
	// speakers as sources of accusations they report
	{name: "a ministry said troops of the other side fired first", kind: "speaker", date: "2020-09-27",
		text: "YEREVAN, Armenia — Armenia's defence ministry said Azerbaijani troops had opened fire first on Sunday.\n\n" +
			"Azerbaijan denied the claim.\n",
		checks: []storyCheck{
			{sentence: "opened fire first", want: []string{"* AZEMIL>ARM*"}},
			{sentence: "Azerbaijan denied", want: []string{"* AZE>ARM*"}}}},
	{name: "the army said rebels had attacked", kind: "speaker", date: "2016-01-18",
		text: "BOGOTA, Colombia — Colombia's army said FARC rebels had attacked a police station in Cauca.\n\n" +
			"The rebels denied the accusation.\n",
		checks: []storyCheck{
			{sentence: "denied the accusation", want: []string{"* COLREB>COLMIL"}}}},
	{name: "the ministry said, named two sentences before", kind: "speaker", date: "2022-10-10",
		text: "KYIV, Ukraine — Ukraine's foreign ministry issued a statement on Monday.\n\n" +
			"The ministry accused Russia of targeting civilians.\n\nRussia rejected the accusation.\n",
		checks: []storyCheck{
			{sentence: "The ministry accused", want: []string{"112 UKRGOV>RUS"}},
			{sentence: "Russia rejected", want: []string{"* RUS>UKRGOV"}}}},
	// replies target the last speaker of the other side
	{name: "a ministry rejected the remarks", kind: "reply", date: "2020-08-25",
		text: "ATHENS, Greece — Greek Prime Minister Kyriakos Mitsotakis said on Tuesday that Turkey was threatening peace.\n\n" +
			"Turkey's foreign ministry rejected the remarks.\n",
		checks: []storyCheck{{sentence: "rejected the remarks", want: []string{"* TURGOV>GRCGOV"}}}},
	{name: "dismissed the claims after another side's accusation", kind: "reply", date: "2019-06-14",
		text: "WASHINGTON — Secretary of State Mike Pompeo accused Iran of attacking two tankers in the Gulf of Oman.\n\n" +
			"Iran dismissed the claims.\n",
		checks: []storyCheck{{sentence: "Iran dismissed", want: []string{"* IRN>USAGOV"}}}},
	{name: "responded after the other side spoke", kind: "reply", date: "2017-08-09",
		text: "GUAM — North Korea threatened to fire missiles toward Guam on Wednesday.\n\n" +
			"U.S. Defense Secretary Jim Mattis warned North Korea to stop its actions.\n\n" +
			"China criticised the remarks of both sides.\n",
		checks: []storyCheck{{sentence: "Mattis warned", want: []string{"* USAGOV>PRK"}}}},
	// quoted speech and according to
	{name: "according to the ministry, the rebels attacked", kind: "quote", date: "2013-11-20",
		text: "KINSHASA, Congo — M23 rebels attacked army positions near Goma, according to the defence ministry.\n\n" +
			"The ministry said the army had repelled the assault.\n",
		checks: []storyCheck{{sentence: "M23 rebels attacked", want: []string{"19 CODREB>CODMIL"}}}},
	{name: "a quote then its speaker", kind: "quote", date: "2022-02-24",
		text: "WARSAW, Poland — \"We condemn the Russian invasion,\" Polish President Andrzej Duda said on Thursday.\n\n" +
			"He called on NATO to strengthen its eastern flank.\n",
		checks: []storyCheck{{sentence: "He called on", want: []string{"* POLGOV>IGONATO"}}}},
	// a second country enters mid-story
	{name: "a second country later does the acting", kind: "second", date: "2011-03-19",
		text: "TRIPOLI, Libya — Libyan forces shelled the rebel city of Benghazi on Saturday.\n\n" +
			"French jets later attacked Libyan tanks near the city.\n\nThe government accused France of aggression.\n",
		checks: []storyCheck{
			{sentence: "The government accused", want: []string{"112 LBYGOV>FRA"}}}},
	{name: "police of the dateline after a foreign leader visits", kind: "second", date: "2015-04-20",
		text: "ISLAMABAD, Pakistan — Chinese President Xi Jinping arrived in Islamabad on Monday.\n\n" +
			"He signed deals worth $46 billion with Pakistan.\n\nPolice detained dozens of protesters near parliament.\n",
		checks: []storyCheck{
			{sentence: "He signed", want: []string{"* CHNGOV>PAK*"}},
			{sentence: "Police detained", want: []string{"173 PAKCOP>*"}, not: []string{"* CHN*>*"}}}},
	// a pronoun that opens its sentence is that sentence's subject: an
	// object "them" after it, of another party's clause, is who it stood for
	{name: "soldiers fire on them after they chanted", kind: "pronoun chain", date: "2020-10-20",
		text: "LAGOS, Nigeria — Hundreds of young people gathered at the Lekki toll gate on Tuesday.\n\n" +
			"They chanted slogans against police brutality.\n\nSoldiers opened fire on them.\n",
		checks: []storyCheck{{sentence: "Soldiers opened fire", want: []string{"18 NGAMIL>NGACVL"}, not: []string{"* *>NGACOP"}}}},
	{name: "police fire tear gas at them after they clashed", kind: "pronoun chain", date: "2024-01-31",
		text: "PARIS, France — Farmers drove hundreds of tractors into Paris on Wednesday.\n\n" +
			"They clashed with riot police near the agriculture ministry.\n\nPolice fired tear gas at them.\n",
		checks: []storyCheck{{sentence: "Police fired tear gas", want: []string{"* FRACOP>FRACVL"}}}},
	{name: "troops kill 20 of them after they ambushed soldiers", kind: "pronoun chain", date: "2009-06-15",
		text: "KANDAHAR, Afghanistan — Taliban fighters massed near the city on Monday.\n\n" +
			"They ambushed soldiers on the main highway.\n\nTroops later killed 20 of them.\n",
		checks: []storyCheck{{sentence: "Troops later killed", want: []string{"* AFGMIL>AFGREB"}, not: []string{"* AFGMIL>AFGMIL"}}}},
	{name: "soldiers capture 15 of them after they fought soldiers", kind: "pronoun chain", date: "2019-01-21",
		text: "BOGOTA, Colombia — ELN rebels attacked an army post in Arauca on Monday.\n\n" +
			"They later fought soldiers near the Venezuelan border.\n\nSoldiers captured 15 of them.\n",
		checks: []storyCheck{{sentence: "Soldiers captured", want: []string{"* COLMIL>COLREB"}}}},
	{name: "they blamed the navy, soldiers arrest ten of them", kind: "pronoun chain", date: "2016-06-20",
		text: "JAKARTA, Indonesia — Indonesian fishermen protested outside the port of Natuna on Monday.\n\n" +
			"They blamed the navy for failing to stop foreign trawlers.\n\nSoldiers arrested ten of them.\n",
		checks: []storyCheck{{sentence: "Soldiers arrested", want: []string{"173 IDNMIL>IDNCVL"}}}},
	// "supporters of the ousted president" are supporters: plural, for
	// "they", by the noun before "of"
	{name: "supporters of the ousted president", kind: "plural head", date: "2013-08-14",
		text: "CAIRO, Egypt — Supporters of the ousted president rallied outside a mosque in Cairo on Wednesday.\n\n" +
			"They refused to leave the square.\n\nSecurity forces arrested hundreds of them.\n",
		checks: []storyCheck{{sentence: "Security forces arrested", want: []string{"173 EGYMIL>EGYCVL"}}}},
	{name: "members of the main opposition party", kind: "plural head", date: "2021-01-19",
		text: "KAMPALA, Uganda — Members of the main opposition party gathered outside parliament on Tuesday.\n\n" +
			"They refused to disperse.\n\nPolice arrested 20 of them.\n",
		checks: []storyCheck{{sentence: "Police arrested", want: []string{"173 UGACOP>UGAOPP"}}}},
	{name: "followers of the Shiite cleric", kind: "plural head", date: "2022-07-30",
		text: "BAGHDAD, Iraq — Followers of the Shiite cleric stormed the parliament building on Saturday.\n\n" +
			"They occupied the main hall for hours.\n\nSecurity forces fired tear gas at them.\n",
		checks: []storyCheck{{sentence: "Security forces fired", want: []string{"* IRQMIL>IRQREL"}}}},
	{name: "supporters of the jailed activist", kind: "plural head", date: "2021-04-15",
		text: "HONG KONG — Supporters of the jailed activist gathered outside the court on Thursday.\n\n" +
			"They chanted slogans.\n\nPolice arrested three of them.\n",
		checks: []storyCheck{{sentence: "Police arrested", want: []string{"173 HKGCOP>HKGOPP"}}}},
	{name: "relatives of the jailed journalist", kind: "plural head", date: "2018-02-19",
		text: "ISTANBUL, Turkey — Relatives of the jailed journalist gathered outside the courthouse on Monday.\n\n" +
			"They shouted slogans against the judge.\n\nPolice detained six of them.\n",
		checks: []storyCheck{{sentence: "Police detained", want: []string{"173 TURCOP>TURCVL"}}}},
	{name: "workers of the state oil company", kind: "plural head", date: "2015-05-04",
		text: "PORT HARCOURT, Nigeria — Workers of the state oil company went on strike on Monday.\n\n" +
			"They blocked the gates of the refinery.\n\nSoldiers arrested 30 of them.\n",
		checks: []storyCheck{{sentence: "Soldiers arrested", want: []string{"173 NGAMIL>NGACVL"}}}},
	// an answer to what was said ("rejected the claim", "dismissed the
	// report") is aimed at the latest speaker of another side: the one who
	// told of an act ("X said Y had attacked"), or said anything with no
	// event in it, never the answering side's own earlier word
	{name: "Washington rejects a Chinese claim after its own summons", kind: "reply to speaker", date: "2020-03-13",
		text: "BEIJING — A Chinese foreign ministry spokesman suggested on Thursday that the U.S. army had brought the virus to Wuhan.\n\n" +
			"The State Department summoned China's ambassador.\n\nWashington rejected the claim.\n",
		checks: []storyCheck{{sentence: "Washington rejected", want: []string{"* USAGOV>CHNGOV"}, not: []string{"* USAGOV>USAGOV"}}}},
	{name: "a government dismisses a rights group's report", kind: "reply to speaker", date: "2021-04-01",
		text: "NAIROBI, Kenya — Human Rights Watch said Ethiopian troops had killed dozens of civilians in Tigray.\n\n" +
			"Ethiopia's government dismissed the report.\n",
		checks: []storyCheck{{sentence: "dismissed the report", want: []string{"* ETHGOV>NGO*"}}}},
	{name: "Beijing dismisses a coast guard's claims", kind: "reply to speaker", date: "2023-10-23",
		text: "MANILA, Philippines — The Philippine coast guard said Chinese vessels had rammed a supply boat near Second Thomas Shoal on Sunday.\n\n" +
			"Beijing dismissed the claims.\n",
		checks: []storyCheck{{sentence: "Beijing dismissed", want: []string{"* CHNGOV>PHL*"}}}},
	{name: "Rwanda rejects a U.N. panel's report", kind: "reply to speaker", date: "2012-06-27",
		text: "KINSHASA, Congo — A U.N. panel said Rwandan troops had fought alongside M23 rebels in eastern Congo.\n\n" +
			"Rwanda's government rejected the report.\n",
		checks: []storyCheck{{sentence: "rejected the report", want: []string{"* RWAGOV>IGOUNO"}, not: []string{"* RWAGOV>COD*"}}}},
	{name: "a minister dismisses Amnesty's report", kind: "reply to speaker", date: "2021-02-26",
		text: "ADDIS ABABA, Ethiopia — Amnesty International said Eritrean soldiers had killed hundreds of civilians in Axum.\n\n" +
			"Eritrea's information minister dismissed the report.\n",
		checks: []storyCheck{{sentence: "dismissed the report", want: []string{"* ERIGOV>NGO*"}, not: []string{"* ERIGOV>ETH*"}}}},
	// "each other's" owns the noun after it: each side acts on the other's
	// diplomats, troops or forces, of the other's country and the noun's sector
	// (a country named as itself is coded bare here, as newCoder does)
	{name: "expelled each other's diplomats", kind: "reciprocal owner", date: "2021-04-15",
		text:   "MOSCOW, Russia — Russia and the United States expelled each other's diplomats on Thursday.\n\nBoth said more steps could follow.\n",
		checks: []storyCheck{{sentence: "expelled each other's", want: []string{"161 RUS>USAGOV", "161 USA>RUSGOV"}, not: []string{"* *>GOV"}}}},
	{name: "shelled each other's troops", kind: "reciprocal owner", date: "2018-05-20",
		text:   "NEW DELHI, India — India and Pakistan shelled each other's troops along the Line of Control on Sunday.\n\nTwo soldiers died.\n",
		checks: []storyCheck{{sentence: "shelled each other's", want: []string{"19 IND>PAKMIL", "19 PAK>INDMIL"}, not: []string{"* IND*>IND*"}}}},
	{name: "accused each other's forces", kind: "reciprocal owner", date: "2021-11-16",
		text:   "YEREVAN, Armenia — Armenia and Azerbaijan accused each other's forces of shelling villages on Tuesday.\n\nRussia urged restraint.\n",
		checks: []storyCheck{{sentence: "accused each other's", want: []string{"112 ARM>AZEMIL", "112 AZE>ARMMIL"}, not: []string{"112 ARM>ARM*"}}}},
	{name: "accused each other's armies", kind: "reciprocal owner", date: "2012-04-16",
		text:   "JUBA, South Sudan — Sudan and South Sudan accused each other's armies of backing rebels on Monday.\n\nThe African Union called for talks.\n",
		checks: []storyCheck{{sentence: "accused each other's", want: []string{"112 SDN>SSDMIL", "112 SSD>SDNMIL"}}}},
	{name: "summoned each other's ambassadors", kind: "reciprocal owner", date: "2021-05-01",
		text:   "BISHKEK, Kyrgyzstan — Kyrgyzstan and Tajikistan summoned each other's ambassadors on Saturday.\n\nThe border stayed closed.\n",
		checks: []storyCheck{{sentence: "summoned each other's", want: []string{"* KGZ>TJKGOV", "* TJK>KGZGOV"}}}},
	{name: "released each other's prisoners", kind: "reciprocal owner", date: "2018-09-14",
		text:   "ASMARA, Eritrea — Ethiopia and Eritrea released each other's prisoners of war on Friday.\n\nThe two leaders met in Assab.\n",
		checks: []storyCheck{{sentence: "released each other's", want: []string{"* ETH>ERI*", "* ERI>ETH*"}}}},
	// diplomats expelled with no one named are expelled by the host: the
	// country the story is in, never the diplomats' own (policy.tsv's host)
	{name: "American diplomats were expelled", kind: "passive host", date: "2019-01-23",
		text:   "CARACAS, Venezuela — Two American diplomats were expelled on Tuesday.\n\nWashington called the move baseless.\n",
		checks: []storyCheck{{sentence: "were expelled", want: []string{"161 VENGOV>USA*"}, not: []string{"* USA*>*"}}}},
	{name: "the Dutch ambassador was expelled from the country", kind: "passive host", date: "2017-03-12",
		text:   "ANKARA, Turkey — The Dutch ambassador was expelled from the country on Sunday after a row over campaign rallies.\n\nThe Netherlands protested.\n",
		checks: []storyCheck{{sentence: "was expelled", want: []string{"161 TURGOV>NLD*"}}}},
	{name: "U.N. officials were expelled", kind: "passive host", date: "2021-09-30",
		text:   "ADDIS ABABA, Ethiopia — Seven senior U.N. officials were expelled from Ethiopia on Thursday.\n\nThe U.N. chief said he was shocked.\n",
		checks: []storyCheck{{sentence: "were expelled", want: []string{"161 ETHGOV>IGOUNO"}}}},
	{name: "a Somali diplomat was expelled", kind: "passive host", date: "2019-02-16",
		text:   "NAIROBI, Kenya — A Somali diplomat was expelled on Friday after a row over a maritime border.\n\nSomalia denied any wrongdoing.\n",
		checks: []storyCheck{{sentence: "was expelled", want: []string{"161 KENGOV>SOM*"}}}},
	{name: "the French ambassador was expelled, the junta said", kind: "passive host", date: "2022-01-31",
		text:   "BAMAKO, Mali — The French ambassador was expelled on Monday, the junta said.\n\nParis recalled him.\n",
		checks: []storyCheck{{sentence: "was expelled", want: []string{"161 MLIGOV>FRA*"}}}},
	{name: "Russians expelled in a story from Moscow: who did is not told", kind: "passive host", date: "2018-03-26",
		text:   "MOSCOW, Russia — Four Russian diplomats were expelled on Monday.\n\nThe Kremlin vowed to respond.\n",
		checks: []storyCheck{{sentence: "were expelled", not: []string{"* RUS*>RUS*", "* *>*"}}}},
	// more quoted speech and a second country mid-story
	{name: "he after a quote and its speaker", kind: "quote", date: "2019-05-12",
		text: "TEHRAN, Iran — \"We will respond to any aggression,\" Iranian President Hassan Rouhani said on Sunday.\n\n" +
			"He accused Israel of plotting against Iran.\n",
		checks: []storyCheck{{sentence: "He accused", want: []string{"112 IRNGOV>ISR*"}}}},
	{name: "according to a governor, then his president condemns", kind: "quote", date: "2022-04-18",
		text: "KYIV, Ukraine — Russian forces shelled Kharkiv overnight, according to the regional governor.\n\n" +
			"Ukraine's president condemned the attack.\n",
		checks: []storyCheck{
			{sentence: "Russian forces shelled", want: []string{"19 RUSMIL>UKR*"}},
			{sentence: "condemned the attack", want: []string{"111 UKRGOV>RUS*"}}}},
	{name: "according to the ministry opens the sentence", kind: "quote", date: "2023-09-06",
		text: "ISLAMABAD, Pakistan — According to the foreign ministry, Afghan border guards fired on Pakistani troops at Torkham.\n\n" +
			"Kabul denied the report.\n",
		checks: []storyCheck{
			{sentence: "Afghan border guards fired", want: []string{"19 AFG*>PAKMIL"}},
			{sentence: "Kabul denied", want: []string{"* AFG*>PAK*"}}}},
	{name: "a foreign appeal between a home arrest and the reply", kind: "second", date: "2023-03-21",
		text: "NAIROBI, Kenya — Kenyan police arrested 40 protesters in Nairobi on Tuesday.\n\n" +
			"The United States urged Kenya to respect the right to protest.\n\nKenya's interior minister rejected the criticism.\n",
		checks: []storyCheck{{sentence: "rejected the criticism", want: []string{"* KENGOV>USA*"}, not: []string{"* KENGOV>KEN*"}}}},
	{name: "the second country's leader is he", kind: "second", date: "2022-12-26",
		text: "BELGRADE, Serbia — Serbian President Aleksandar Vucic put troops on alert on Monday.\n\n" +
			"Kosovo's prime minister accused Serbia of threatening the region.\n\nHe urged NATO to protect Kosovo.\n",
		checks: []storyCheck{{sentence: "He urged", want: []string{"* XKXGOV>IGONATO"}, not: []string{"* SRBGOV>*"}}}},
}
