package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairAppealCriticise: the appeal / criticise pair.
func TestRootPairAppealCriticise(t *testing.T) {
	testLexRows(t, []lexRow{
		{"02 the united states urged israel", d, "The United States urged Israel to halt settlement building in the West Bank.", "02", "USA>ISR", ""},
		{"11 the united states condemned israel", d, "The United States condemned Israel for building new settlements in the West Bank.", "11", "USA>ISR", ""},
		{"02 the united nations called on", d, "The United Nations called on Myanmar's military to stop the killings.", "02", "IGOUNO>MMRMIL", ""},
		{"11 the united nations denounced myanmars", d, "The United Nations denounced Myanmar's military over the killings.", "11", "IGOUNO>MMRMIL", ""},
		{"02 france appealed to nigeria to", d, "France appealed to Nigeria to free the kidnapped schoolgirls.", "02", "FRA>NGA", ""},
		{"11 france criticised nigeria for failing", d, "France criticised Nigeria for failing to free the kidnapped schoolgirls.", "11", "FRA>NGA", ""},
		{"02 egypt pressed ethiopia to delay", d, "Egypt pressed Ethiopia to delay filling the dam on the Blue Nile.", "02", "EGY>ETH", ""},
		{"11 egypt slammed ethiopia for filling", d, "Egypt slammed Ethiopia for filling the dam on the Blue Nile.", "11", "EGY>ETH", ""},
		{"02 the european union asked the", d, "The European Union asked the Venezuelan government to release political prisoners.", "02", "IGOEUR>VENGOV", ""},
		{"11 the european union deplored the", d, "The European Union deplored the Venezuelan government's jailing of political prisoners.", "11", "IGOEUR>VENGOV", ""},
		{"02 japan has urged north korea", d, "Japan has urged North Korea to return the abducted citizens.", "02", "JPN>PRK", ""},
		{"11 japan has lambasted north korea", d, "Japan has lambasted North Korea over the abductions of its citizens.", "11", "JPN>PRK", ""},
		{"02 india on monday called upon", d, "India on Monday called upon Pakistan to act against militant groups.", "02", "IND>PAK", ""},
		{"11 india on monday blasted pakistan", d, "India on Monday blasted Pakistan for sheltering militant groups.", "11", "IND>PAK", ""},
		{"02 britain urged the zimbabwean government", d, "Britain urged the Zimbabwean government in 1985 to end the killings in Matabeleland.", "02", "GBR>ZWEGOV", ""},
		{"11 britain condemned the zimbabwean government", d, "Britain condemned the Zimbabwean government in 1985 for the killings in Matabeleland.", "11", "GBR>ZWEGOV", ""},
		{"11 the united nations called the", d, "The United Nations called the air strike a flagrant violation of international law.", "11", "IGOUNO>", ""},
		{"02 the united nations called for", d, "The United Nations called for an investigation into the air strike.", "02", "IGOUNO>", ""},
		{"02 germany called on russia to", d, "Germany called on Russia to overturn the sentence against the dissident.", "02", "DEU>RUS", ""},
		{"11 the state department voiced outrage", d, "The State Department voiced outrage at China's treatment of the Uighurs.", "11", "USAGOV>CHN", ""},
		{"02 the state department appealed to", d, "The State Department appealed to China to end its treatment of the Uighurs.", "02", "USAGOV>CHN", ""},
		{"11 france hit out at iran", d, "France hit out at Iran over the executions of protesters.", "11", "FRA>IRN", ""},
		{"02 france pleaded with iran to", d, "France pleaded with Iran to halt the executions of protesters.", "02", "FRA>IRN", ""},
		{"11 kenyas opposition leader lashed out", d, "Kenya's opposition leader lashed out at the government over the killings.", "11", "KENOPP>KENGOV", ""},
		{"02 kenyas opposition leader called on", d, "Kenya's opposition leader called on the government to investigate the killings.", "02", "KENOPP>KENGOV", ""},
		{"11 the african union said the", d, "The African Union said the coup in Niger was unacceptable.", "11", "IGOAFR>", ""},
		{"11 australia criticised chinas decision to", d, "Australia criticised China's decision to impose tariffs on its barley.", "11", "AUS>CHN", ""},
		{"02 australia urged china to reconsider", d, "Australia urged China to reconsider its decision to impose tariffs on its barley.", "02", "AUS>CHN", ""},
		{"11 britain protested to argentina in", d, "Britain protested to Argentina in 1982 over the landing on South Georgia.", "11", "GBR>ARG", ""},
		{"02 britain appealed to argentina in", d, "Britain appealed to Argentina in 1982 to withdraw from South Georgia.", "02", "GBR>ARG", ""},
	})
}

// TestRootPairAidVisit: the aid / visit pair.
func TestRootPairAidVisit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"07 japan sent relief supplies to", d, "Japan sent relief supplies to the Philippines after the typhoon.", "07", "JPN>PHL", ""},
		{"07 the united states flew emergency", d, "The United States flew emergency food to Haiti on Friday.", "07", "USA>HTI", ""},
		{"04 china held talks with pakistan", d, "China held talks with Pakistan on vaccine supplies.", "04", "CHN>PAK", ""},
		{"07 germany delivered humanitarian aid to", d, "Germany delivered humanitarian aid to Ukraine.", "07", "DEU>UKR", ""},
		{"07 the united nations shipped food", d, "The United Nations shipped food aid to Somalia in 1992.", "07", "IGOUNO>SOM", ""},
		{"07 saudi arabia donated million to", d, "Saudi Arabia donated $500 million to Yemen for reconstruction.", "07", "SAU>YEM", ""},
		{"04 saudi arabia hosted yemeni officials", d, "Saudi Arabia hosted Yemeni officials for reconstruction talks.", "04", "SAU>YEMGOV", ""},
		{"04 brazil sent its foreign minister", d, "Brazil sent its foreign minister to Bolivia to discuss the fires.", "04", "BRA>BOL", ""},
		{"07 the european union gave lebanon", d, "The European Union gave Lebanon 30 million euros in aid after the blast.", "07", "IGOEUR>LBN", ""},
		{"04 the european unions foreign policy", d, "The European Union's foreign policy chief visited Lebanon after the blast.", "04", "IGOEUR>LBN", ""},
		{"07 india airlifted medicines to nepal", d, "India airlifted medicines to Nepal after the earthquake.", "07", "IND>NPL", ""},
		{"04 indias prime minister flew to", d, "India's prime minister flew to Nepal after the earthquake.", "04", "INDGOV>NPL", ""},
		{"07 russia supplied syria with fighter", d, "Russia supplied Syria with fighter jets.", "07", "RUS>SYR", ""},
		{"04 russias defence minister visited syria", d, "Russia's defence minister visited Syria.", "04", "RUSGOV>SYR", ""},
		{"07 china extended a million loan", d, "China extended a $500 million loan to Zambia.", "07", "CHN>ZMB", ""},
		{"04 china hosted zambias president for", d, "China hosted Zambia's president for talks on a loan.", "04", "CHN>ZMBGOV", ""},
		{"07 the united states gave el", d, "The United States gave El Salvador $200 million in military aid in 1985.", "07", "USA>SLV", ""},
		{"04 the european unions aid commissioner", d, "The European Union's aid commissioner travelled to Pakistan.", "04", "IGOEUR>PAK", ""},
	})
}

// TestRootPairRepressProtest: the repress / protest pair.
func TestRootPairRepressProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"17 police in harare dispersed opposition", d, "Police in Harare dispersed opposition supporters with tear gas.", "17", "ZWECOP>ZWEOPP", ""},
		{"14 opposition supporters marched through harare", d, "Opposition supporters marched through Harare.", "14", "ZWEOPP>ZWEGOV", ""},
		{"17 turkish riot police broke up", d, "Turkish riot police broke up a demonstration in Istanbul.", "17", "TURCOP>TURCVL", ""},
		{"14 thousands of people held a", d, "Thousands of people held a demonstration in Istanbul.", "14", "TURCVL>TURGOV", ""},
		{"17 chilean police fired water cannon", d, "Chilean police fired water cannon at students in Santiago.", "17", "CHLCOP>CHLCVL", ""},
		{"17 hong kong police cracked down", d, "Hong Kong police cracked down on pro-democracy protesters.", "17", "HKGCOP>HKGOPP", ""},
		{"14 supporters of the ousted president", d, "Supporters of the ousted president staged a sit-in in Cairo in 2013.", "14", "EGYCVL>EGYGOV", ""},
		{"17 south korean riot police dispersed", d, "South Korean riot police dispersed students in Seoul in 1987.", "17", "KORCOP>KORCVL", ""},
		{"17 belarusian police detained hundreds of", d, "Belarusian police detained hundreds of protesters in Minsk.", "17", "BLRCOP>BLROPP", ""},
		{"17 kenyan police fired tear gas", d, "Kenyan police fired tear gas to disperse protesters in Nairobi.", "17", "KENCOP>KENOPP", ""},
		{"17 russian police detained dozens of", d, "Russian police detained dozens of anti-war demonstrators in Moscow.", "17", "RUSCOP>RUSOPP", ""},
		{"17 south african police arrested striking", d, "South African police arrested striking miners in 2012.", "17", "ZAFCOP>ZAFCVL", ""},
		{"14 miners went on strike in", d, "Miners went on strike in South Africa in 2012.", "14", "ZAFLAB>ZAFGOV", ""},
		{"17 police in dhaka used batons", d, "Police in Dhaka used batons to break up an opposition rally.", "17", "BGDCOP>BGDOPP", ""},
		{"14 the opposition staged a rally", d, "The opposition staged a rally in Dhaka.", "14", "BGDOPP>BGDGOV", ""},
		{"17 serbian riot police clashed with", d, "Serbian riot police clashed with protesters in Belgrade.", "17", "SRBCOP>SRBOPP", ""},
		{"17 peruvian police cleared protesters from", d, "Peruvian police cleared protesters from a highway.", "17", "PERCOP>PEROPP", ""},
	})
}

// TestRootPairFightPosture: the fight / posture pair.
func TestRootPairFightPosture(t *testing.T) {
	testLexRows(t, []lexRow{
		{"19 indian troops clashed with chinese", d, "Indian troops clashed with Chinese soldiers in Ladakh.", "19", "INDMIL>CHNMIL", ""},
		{"19 russian forces shelled ukrainian positions", d, "Russian forces shelled Ukrainian positions near Donetsk.", "19", "RUSMIL>UKR", ""},
		{"19 israeli troops exchanged fire with", d, "Israeli troops exchanged fire with Hezbollah fighters on the Lebanese border.", "19", "ISRMIL>LBNRAD", ""},
		{"19 armenian and azerbaijani forces fought", d, "Armenian and Azerbaijani forces fought along the border in 2020.", "19", "ARMMIL>AZEMIL", ""},
		{"19 ethiopian troops attacked eritrean positions", d, "Ethiopian troops attacked Eritrean positions in 1998.", "19", "ETHMIL>ERI", ""},
		{"19 pakistani troops fired on indian", d, "Pakistani troops fired on Indian posts in Kashmir.", "19", "PAKMIL>IND", ""},
		{"19 chinese and vietnamese troops fought", d, "Chinese and Vietnamese troops fought along the border in 1979.", "19", "CHNMIL>VNMMIL", ""},
		{"19 israeli warplanes struck targets in", d, "Israeli warplanes struck targets in Gaza.", "19", "ISRMIL>PSE", ""},
		{"19 north korea fired artillery shells", d, "North Korea fired artillery shells at a South Korean island.", "19", "PRK>KOR", ""},
		{"15 nigerias army reinforced its positions", d, "Nigeria's army reinforced its positions in the northeast.", "15", "NGAMIL>", ""},
		{"19 chinese warships fired on a", d, "Chinese warships fired on a Taiwanese patrol boat.", "19", "CHNMIL>TWNMIL", ""},
		{"15 chinese warships sailed close to", d, "Chinese warships sailed close to Taiwan.", "15", "CHNMIL>TWN", ""},
		{"19 turkish artillery pounded kurdish positions", d, "Turkish artillery pounded Kurdish positions in northern Syria.", "19", "TURMIL>SYR", ""},
		{"19 the saudiled coalition bombed houthi", d, "The Saudi-led coalition bombed Houthi positions in Yemen.", "19", "SAUMIL>YEMREB", ""},
		{"19 russian troops attacked georgian forces", d, "Russian troops attacked Georgian forces in South Ossetia in 2008.", "19", "RUSMIL>GEOMIL", ""},
	})
}

// TestRootPairReleasePromise: the release / promise pair.
func TestRootPairReleasePromise(t *testing.T) {
	testLexRows(t, []lexRow{
		{"08 israel released palestinian prisoners in", d, "Israel released 26 Palestinian prisoners in 2013.", "08", "ISR>PSECVL", ""},
		{"03 israel agreed to release palestinian", d, "Israel agreed to release 26 Palestinian prisoners in 2013.", "03", "ISR>PSECVL", ""},
		{"03 russia said it would withdraw", d, "Russia said it would withdraw its troops from the Kyiv region.", "03", "RUS>UKR", ""},
		{"08 myanmars junta freed thousands of", d, "Myanmar's junta freed thousands of prisoners in an amnesty.", "08", "MMRGOV>", ""},
		{"03 myanmars junta promised an amnesty", d, "Myanmar's junta promised an amnesty for thousands of prisoners.", "03", "MMRGOV>MMROPP", ""},
		{"08 south africas government lifted the", d, "South Africa's government lifted the ban on the ANC in 1990.", "08", "ZAFGOV>ZAFOPP", ""},
		{"03 south africas government offered to", d, "South Africa's government offered to lift the ban on the ANC in 1990.", "03", "ZAFGOV>ZAFOPP", ""},
		{"03 ethiopia pledged to restore internet", d, "Ethiopia pledged to restore internet service in the Tigray region.", "03", "ETH>ETHCVL", ""},
		{"08 belarus ordered the release of", d, "Belarus ordered the release of 20 political prisoners.", "08", "BLR>", ""},
		{"03 belarus said it would release", d, "Belarus said it would release 20 political prisoners.", "03", "BLR>", ""},
		{"03 the taliban agreed to hand", d, "The Taliban agreed to hand over the kidnapped engineers to the Red Cross.", "03", "AFGREB>", ""},
		{"08 bolivias president resigned after weeks", d, "Bolivia's president resigned after weeks of protests.", "08", "BOLGOV>BOLOPP", ""},
		{"03 bolivias president offered to resign", d, "Bolivia's president offered to resign after weeks of protests.", "03", "BOLGOV>BOLOPP", ""},
		{"08 israeli troops pulled out of", d, "Israeli troops pulled out of the Lebanese town of Jezzine in 1985.", "08", "ISRMIL>LBN", ""},
		{"03 israel pledged to pull its", d, "Israel pledged to pull its troops out of southern Lebanon in 1985.", "03", "ISR>LBN", ""},
		{"08 pakistans government reinstated the sacked", d, "Pakistan's government reinstated the sacked judges.", "08", "PAKGOV>PAKJUD", ""},
		{"03 pakistans government promised to reinstate", d, "Pakistan's government promised to reinstate the sacked judges.", "03", "PAKGOV>PAKJUD", ""},
		{"08 the eln declared a unilateral", d, "The ELN declared a unilateral ceasefire over Christmas.", "08", "COLREB>", ""},
		{"03 the eln offered a ceasefire", d, "The ELN offered a ceasefire over Christmas.", "03", "COLREB>", ""},
		{"08 armenia returned three districts to", d, "Armenia returned three districts to Azerbaijan.", "08", "ARM>AZE", ""},
		{"03 armenia agreed to return three", d, "Armenia agreed to return three districts to Azerbaijan.", "03", "ARM>AZE", ""},
	})
}

// TestRootPairPledgeDeliver: the pledge / deliver pair.
func TestRootPairPledgeDeliver(t *testing.T) {
	testLexRows(t, []lexRow{
		{"03 the united states pledged billion", d, "The United States pledged $2 billion in military aid to Ukraine.", "03", "USA>UKR", ""},
		{"07 the united states delivered billion", d, "The United States delivered $2 billion in military aid to Ukraine.", "07", "USA>UKR", ""},
		{"03 china offered sri lanka billion", d, "China offered Sri Lanka $1 billion in credit.", "03", "CHN>LKA", ""},
		{"07 china gave sri lanka billion", d, "China gave Sri Lanka $1 billion in credit.", "07", "CHN>LKA", ""},
		{"03 britain pledged food aid to", d, "Britain pledged food aid to Sierra Leone in 2000.", "03", "GBR>SLE", ""},
		{"07 britain sent food aid to", d, "Britain sent food aid to Sierra Leone in 2000.", "07", "GBR>SLE", ""},
		{"03 the european union promised turkey", d, "The European Union promised Turkey 3 billion euros to host refugees.", "03", "IGOEUR>TUR", ""},
		{"03 the united states offered military", d, "The United States offered military aid to the Contras in 1984.", "03", "USA>NICREB", ""},
		{"07 the united states supplied military", d, "The United States supplied military aid to the Contras in 1984.", "07", "USA>NICREB", ""},
		{"07 japan handed indonesia million in", d, "Japan handed Indonesia $100 million in tsunami aid.", "07", "JPN>IDN", ""},
		{"03 germany will send tanks to", d, "Germany will send tanks to Ukraine.", "03", "DEU>UKR", ""},
		{"07 germany is sending tanks to", d, "Germany is sending tanks to Ukraine.", "07", "DEU>UKR", ""},
		{"03 the european union announced plans", d, "The European Union announced plans to give Morocco 100 million euros in aid.", "03", "IGOEUR>MAR", ""},
		{"07 the european union gave morocco", d, "The European Union gave Morocco 100 million euros in aid.", "07", "IGOEUR>MAR", ""},
		{"03 china offered to help rebuild", d, "China offered to help rebuild Gaza.", "03", "CHN>", ""},
		{"03 britain pledged million pounds in", d, "Britain pledged 20 million pounds in drought relief for Kenya.", "03", "GBR>KEN", ""},
		{"03 the united states promised israel", d, "The United States promised Israel more interceptor missiles.", "03", "USA>ISR", ""},
		{"07 the united states shipped israel", d, "The United States shipped Israel more interceptor missiles.", "07", "USA>ISR", ""},
		{"03 japan agreed to lend vietnam", d, "Japan agreed to lend Vietnam $1 billion for a metro line.", "03", "JPN>VNM", ""},
		{"07 japan lent vietnam billion for", d, "Japan lent Vietnam $1 billion for a metro line.", "07", "JPN>VNM", ""},
		{"03 saudi arabia promised egypt billion", d, "Saudi Arabia promised Egypt $4 billion in 2013.", "03", "SAU>EGY", ""},
		{"07 saudi arabia deposited billion in", d, "Saudi Arabia deposited $4 billion in Egypt's central bank in 2013.", "07", "SAU>EGYGOV", ""},
	})
}

// TestRootPairWarnCriticise: the warn / criticise pair.
func TestRootPairWarnCriticise(t *testing.T) {
	testLexRows(t, []lexRow{
		{"13 china warned the united states", d, "China warned the United States against arming Taiwan.", "13", "CHN>USA", ""},
		{"11 china criticised the united states", d, "China criticised the United States for arming Taiwan.", "11", "CHN>USA", ""},
		{"13 russia warned finland that joining", d, "Russia warned Finland that joining NATO would have consequences.", "13", "RUS>FIN", ""},
		{"11 russia criticised finlands decision to", d, "Russia criticised Finland's decision to join NATO.", "11", "RUS>FIN", ""},
		{"13 the united states warned the", d, "The United States warned the Syrian government against using chemical weapons.", "13", "USA>SYRGOV", ""},
		{"11 the united states condemned the", d, "The United States condemned the Syrian government for using chemical weapons.", "11", "USA>SYRGOV", ""},
		{"13 iran warned saudi arabia of", d, "Iran warned Saudi Arabia of a harsh response.", "13", "IRN>SAU", ""},
		{"11 iran denounced saudi arabia for", d, "Iran denounced Saudi Arabia for the executions.", "11", "IRN>SAU", ""},
		{"13 the united states warned libya", d, "The United States warned Libya in 1986 that it would strike again.", "13", "USA>LBY", ""},
		{"11 the united states denounced libya", d, "The United States denounced Libya in 1986 for backing terrorism.", "11", "USA>LBY", ""},
		{"13 turkey threatened greece over its", d, "Turkey threatened Greece over its drilling plans.", "13", "TUR>GRC", ""},
		{"11 turkey rebuked greece over its", d, "Turkey rebuked Greece over its drilling plans.", "11", "TUR>GRC", ""},
		{"13 north korea warned south korea", d, "North Korea warned South Korea of retaliation over the leaflets.", "13", "PRK>KOR", ""},
		{"11 north korea criticised south korea", d, "North Korea criticised South Korea over the leaflets.", "11", "PRK>KOR", ""},
		{"13 china warned japan that it", d, "China warned Japan that it would pay a heavy price.", "13", "CHN>JPN", ""},
		{"11 china said japans actions were", d, "China said Japan's actions were irresponsible.", "11", "CHN>JPN", ""},
		{"13 the united states warned iran", d, "The United States warned Iran of consequences if it attacked shipping.", "13", "USA>IRN", ""},
		{"11 the united states blamed iran", d, "The United States blamed Iran for attacks on shipping.", "11", "USA>IRN", ""},
		{"13 israel warned lebanon that it", d, "Israel warned Lebanon that it would respond forcefully to any attack.", "13", "ISR>LBN", ""},
		{"11 israel faulted lebanon for failing", d, "Israel faulted Lebanon for failing to stop the attack.", "11", "ISR>LBN", ""},
		{"13 india warned pakistan of a", d, "India warned Pakistan of a befitting reply.", "13", "IND>PAK", ""},
		{"11 india slammed pakistan over the", d, "India slammed Pakistan over the attack.", "11", "IND>PAK", ""},
		{"13 russia warned moldova that joining", d, "Russia warned Moldova that joining the EU would have consequences.", "13", "RUS>MDA", ""},
		{"11 russia condemned moldovas bid to", d, "Russia condemned Moldova's bid to join the EU.", "11", "RUS>MDA", ""},
		{"13 iraq warned kuwait in that", d, "Iraq warned Kuwait in 1990 that it would take action over oil prices.", "13", "IRQ>KWT", ""},
		{"11 iraq accused kuwait in of", d, "Iraq accused Kuwait in 1990 of stealing its oil.", "11", "IRQ>KWT", ""},
		{"13 venezuela warned guyana against drilling", d, "Venezuela warned Guyana against drilling in the disputed waters.", "13", "VEN>GUY", ""},
		{"11 venezuela criticised guyana for drilling", d, "Venezuela criticised Guyana for drilling in the disputed waters.", "11", "VEN>GUY", ""},
	})
}

// TestRootPairAccuseThreaten: the accuse / threaten pair.
func TestRootPairAccuseThreaten(t *testing.T) {
	testLexRows(t, []lexRow{
		{"11 ukraine accused russia of shelling", d, "Ukraine accused Russia of shelling the nuclear plant.", "11", "UKR>RUS", ""},
		{"13 ukraine threatened russia with retaliation", d, "Ukraine threatened Russia with retaliation for shelling the nuclear plant.", "13", "UKR>RUS", ""},
		{"11 kenya blamed somalia for the", d, "Kenya blamed Somalia for the border incursion.", "11", "KEN>SOM", ""},
		{"13 kenya threatened to cut ties", d, "Kenya threatened to cut ties with Somalia over the border incursion.", "13", "KEN>SOM", ""},
		{"11 venezuela accused colombia of plotting", d, "Venezuela accused Colombia of plotting a coup.", "11", "VEN>COL", ""},
		{"13 venezuela threatened to close its", d, "Venezuela threatened to close its border with Colombia.", "13", "VEN>COL", ""},
		{"11 the united states accused china", d, "The United States accused China of cyber espionage.", "11", "USA>CHN", ""},
		{"13 the united states threatened china", d, "The United States threatened China with new tariffs.", "13", "USA>CHN", ""},
		{"11 iraq accused iran in of", d, "Iraq accused Iran in 1980 of shelling border towns.", "11", "IRQ>IRN", ""},
		{"13 iraq threatened iran in with", d, "Iraq threatened Iran in 1980 with war over the border towns.", "13", "IRQ>IRN", ""},
		{"11 israel accused iran of attacking", d, "Israel accused Iran of attacking a tanker.", "11", "ISR>IRN", ""},
		{"13 israel threatened iran with military", d, "Israel threatened Iran with military action.", "13", "ISR>IRN", ""},
		{"11 rwanda accused congo of backing", d, "Rwanda accused Congo of backing Hutu rebels.", "11", "RWA>COD", ""},
		{"13 rwanda threatened congo with retaliation", d, "Rwanda threatened Congo with retaliation over the rebels.", "13", "RWA>COD", ""},
	})
}

// TestRootPairCoerceAppeal: the coerce / appeal pair.
func TestRootPairCoerceAppeal(t *testing.T) {
	testLexRows(t, []lexRow{
		{"17 iran seized a british tanker", d, "Iran seized a British tanker in the Strait of Hormuz.", "17", "IRN>GBR", ""},
		{"02 britain urged iran to release", d, "Britain urged Iran to release the tanker seized in the Strait of Hormuz.", "02", "GBR>IRN", ""},
		{"02 russia asked the united states", d, "Russia asked the United States to cut its diplomatic staff.", "02", "RUS>USA", ""},
		{"17 egyptian police arrested the opposition", d, "Egyptian police arrested the opposition leader in Cairo.", "17", "EGYCOP>EGYOPP", ""},
		{"02 the united states urged egypt", d, "The United States urged Egypt to free the opposition leader.", "02", "USA>EGY", ""},
		{"17 china imposed martial law in", d, "China imposed martial law in Beijing in 1989.", "17", "CHN>CHNCVL", ""},
		{"02 the united states appealed to", d, "The United States appealed to China in 1989 to show restraint.", "02", "USA>CHN", ""},
		{"17 thailands government declared a state", d, "Thailand's government declared a state of emergency in Bangkok.", "17", "THAGOV>THACVL", ""},
		{"02 the united nations called on", d, "The United Nations called on Thailand to lift the state of emergency.", "02", "IGOUNO>THA", ""},
		{"02 the european union urged turkey", d, "The European Union urged Turkey to lift its ban on Wikipedia.", "02", "IGOEUR>TUR", ""},
		{"17 venezuelan authorities closed the opposition", d, "Venezuelan authorities closed the opposition television station.", "17", "VENGOV>VENMED", ""},
		{"02 the organization of american states", d, "The Organization of American States asked Venezuela to reopen the television station.", "02", "IGOOAS>VEN", ""},
		{"17 zimbabwes government confiscated whiteowned farms", d, "Zimbabwe's government confiscated white-owned farms.", "17", "ZWEGOV>", ""},
		{"02 britain called on zimbabwe to", d, "Britain called on Zimbabwe to stop seizing white-owned farms.", "02", "GBR>ZWE", ""},
		{"17 south africas government ordered the", d, "South Africa's government ordered the arrest of the activists.", "17", "ZAFGOV>ZAFOPP", ""},
		{"02 south africas government asked for", d, "South Africa's government asked for the arrest of the activists.", "02", "ZAFGOV>ZAFOPP", ""},
		{"17 uganda ordered the closure of", d, "Uganda ordered the closure of three newspapers.", "17", "UGA>UGAMED", ""},
		{"02 the united states urged uganda", d, "The United States urged Uganda to reopen three newspapers.", "02", "USA>UGA", ""},
		{"02 the vatican appealed to nicaragua", d, "The Vatican appealed to Nicaragua to allow the bishop to stay.", "02", "VAT>NIC", ""},
		{"02 the united states urged iran", d, "The United States urged Iran to free the journalist.", "02", "USA>IRN", ""},
		{"17 turkish authorities detained the mayor", d, "Turkish authorities detained the mayor of Istanbul.", "17", "TURGOV>TURGOV", ""},
		{"02 the european union urged turkish", d, "The European Union urged Turkish authorities to release the mayor of Istanbul.", "02", "IGOEUR>TURGOV", ""},
		{"17 india cut internet access in", d, "India cut internet access in Kashmir.", "17", "IND>INDCVL", ""},
		{"02 germany urged russia to release", d, "Germany urged Russia to release the opposition leader.", "02", "DEU>RUS", ""},
		{"17 chiles military seized power in", d, "Chile's military seized power in 1973.", "17", "CHLMIL>CHLGOV", ""},
		{"02 the united states urged chiles", d, "The United States urged Chile's military in 1973 to restore democracy.", "02", "USA>CHLMIL", ""},
	})
}

// TestRootPairYieldReject: the yield / reject pair.
func TestRootPairYieldReject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"08 iraq accepted the demands of", d, "Iraq accepted the demands of the protesters.", "08", "IRQ>IRQOPP", ""},
		{"08 serbia allowed un inspectors into", d, "Serbia allowed U.N. inspectors into Kosovo in 1999.", "08", "SRB>IGOUNO", ""},
		{"12 serbia refused to allow un", d, "Serbia refused to allow U.N. inspectors into Kosovo in 1999.", "12", "SRB>IGOUNO", ""},
		{"08 pakistans government lifted the ban", d, "Pakistan's government lifted the ban on the party.", "08", "PAKGOV>PAKPTY", ""},
		{"12 pakistans government refused to lift", d, "Pakistan's government refused to lift the ban on the party.", "12", "PAKGOV>PAKPTY", ""},
		{"08 malis junta handed power to", d, "Mali's junta handed power to civilians.", "08", "MLIGOV>MLICVL", ""},
		{"12 malis junta refused to hand", d, "Mali's junta refused to hand power to civilians.", "12", "MLIGOV>MLICVL", ""},
		{"08 colombias government eased restrictions on", d, "Colombia's government eased restrictions on the border.", "08", "COLGOV>COLCVL", ""},
		{"12 colombias government rejected calls to", d, "Colombia's government rejected calls to ease restrictions on the border.", "12", "COLGOV>COLCVL", ""},
		{"08 north korea allowed inspectors into", d, "North Korea allowed inspectors into the Yongbyon reactor.", "08", "PRK>", ""},
		{"12 north korea barred inspectors from", d, "North Korea barred inspectors from the Yongbyon reactor.", "12", "PRK>", ""},
		{"12 greece rejected the bailout terms", d, "Greece rejected the bailout terms.", "12", "GRC>", ""},
		{"08 argentinas junta surrendered to britain", d, "Argentina's junta surrendered to Britain in 1982.", "08", "ARGGOV>GBR", ""},
		{"12 argentinas junta refused to surrender", d, "Argentina's junta refused to surrender to Britain in 1982.", "12", "ARGGOV>GBR", ""},
	})
}

// TestRootPairConsultAgree: the consult / agree pair.
func TestRootPairConsultAgree(t *testing.T) {
	testLexRows(t, []lexRow{
		{"04 france held talks with germany", d, "France held talks with Germany on the budget.", "04", "FRA>DEU", ""},
		{"05 france signed a treaty with", d, "France signed a treaty with Germany on the budget.", "05", "FRA>DEU", ""},
		{"04 egypt and israel held talks", d, "Egypt and Israel held talks at Camp David in 1978.", "04", "EGY>ISR", ""},
		{"05 egypt and israel signed a", d, "Egypt and Israel signed a peace treaty at Camp David in 1978.", "05", "EGY>ISR", ""},
		{"04 india discussed water sharing with", d, "India discussed water sharing with Bangladesh.", "04", "IND>BGD", ""},
		{"03 india reached an agreement on", d, "India reached an agreement on water sharing with Bangladesh.", "03", "IND>BGD", ""},
		{"04 the european union held brexit", d, "The European Union held Brexit talks with Britain.", "04", "IGOEUR>GBR", ""},
		{"05 the european union concluded a", d, "The European Union concluded a trade agreement with Britain.", "05", "IGOEUR>GBR", ""},
		{"04 ethiopias prime minister met eritreas", d, "Ethiopia's prime minister met Eritrea's president in Asmara.", "04", "ETHGOV>ERIGOV", ""},
		{"05 ethiopias prime minister signed a", d, "Ethiopia's prime minister signed a peace accord with Eritrea's president in Asmara.", "05", "ETHGOV>ERIGOV", ""},
		{"04 japan consulted south korea on", d, "Japan consulted South Korea on the comfort women issue.", "04", "JPN>KOR", ""},
	})
}

// TestRootPairSanctionThreaten: the sanction / threaten pair.
func TestRootPairSanctionThreaten(t *testing.T) {
	testLexRows(t, []lexRow{
		{"16 the united states imposed new", d, "The United States imposed new sanctions on Iran.", "16", "USA>IRN", ""},
		{"13 the united states threatened iran", d, "The United States threatened Iran with new sanctions.", "13", "USA>IRN", ""},
		{"16 the european union slapped sanctions", d, "The European Union slapped sanctions on Belarus.", "16", "IGOEUR>BLR", ""},
		{"13 the european union threatened sanctions", d, "The European Union threatened sanctions against Belarus.", "13", "IGOEUR>BLR", ""},
		{"16 britain cut diplomatic ties with", d, "Britain cut diplomatic ties with Russia.", "16", "GBR>RUS", ""},
		{"13 britain threatened to cut diplomatic", d, "Britain threatened to cut diplomatic ties with Russia.", "13", "GBR>RUS", ""},
		{"16 saudi arabia severed relations with", d, "Saudi Arabia severed relations with Qatar in 2017.", "16", "SAU>QAT", ""},
		{"13 saudi arabia threatened qatar in", d, "Saudi Arabia threatened Qatar in 2017 with severing relations.", "13", "SAU>QAT", ""},
		{"16 the united states imposed sanctions", d, "The United States imposed sanctions on South Africa in 1986.", "16", "USA>ZAF", ""},
		{"13 the united states threatened south", d, "The United States threatened South Africa in 1986 with sanctions.", "13", "USA>ZAF", ""},
		{"16 the african union suspended guinea", d, "The African Union suspended Guinea after the coup.", "16", "IGOAFR>GIN", ""},
		{"13 the african union threatened to", d, "The African Union threatened to suspend Guinea after the coup.", "13", "IGOAFR>GIN", ""},
		{"16 china halted imports of australian", d, "China halted imports of Australian coal.", "16", "CHN>AUS", ""},
		{"13 china threatened to halt imports", d, "China threatened to halt imports of Australian coal.", "13", "CHN>AUS", ""},
	})
}

// TestRootPairIntentAct: the intent / act pair.
func TestRootPairIntentAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"03 the united nations promised to", d, "The United Nations promised to send peacekeepers to South Sudan.", "03", "IGOUNO>SSD", ""},
		{"07 the united nations sent peacekeepers", d, "The United Nations sent peacekeepers to South Sudan.", "07", "IGOUNO>SSD", ""},
		{"03 the united states offered to", d, "The United States offered to mediate between Armenia and Azerbaijan.", "03", "USA>ARM", ""},
		{"04 the united states mediated talks", d, "The United States mediated talks between Armenia and Azerbaijan.", "04", "USA>ARM", ""},
		{"03 the european union pledged to", d, "The European Union pledged to open its markets to Ukrainian grain.", "03", "IGOEUR>UKR", ""},
		{"06 the european union opened its", d, "The European Union opened its markets to Ukrainian grain.", "06", "IGOEUR>UKR", ""},
		{"03 the philippines agreed to hold", d, "The Philippines agreed to hold talks with China.", "03", "PHL>CHN", ""},
		{"04 the philippines held talks with", d, "The Philippines held talks with China.", "04", "PHL>CHN", ""},
		{"03 turkey agreed to back swedens", d, "Turkey agreed to back Sweden's bid to join NATO.", "03", "TUR>SWE", ""},
		{"05 turkey endorsed swedens bid to", d, "Turkey endorsed Sweden's bid to join NATO.", "05", "TUR>SWE", ""},
		{"03 kenya offered to send police", d, "Kenya offered to send police to Haiti.", "03", "KEN>HTI", ""},
		{"03 norway offered in to host", d, "Norway offered in 1993 to host talks between Israel and the PLO.", "03", "NOR>ISR", ""},
		{"04 norway hosted talks between israel", d, "Norway hosted talks between Israel and the PLO in 1993.", "04", "NOR>ISR", ""},
		{"03 cuba promised to send doctors", d, "Cuba promised to send doctors to Angola.", "03", "CUB>AGO", ""},
		{"07 cuba sent doctors to angola", d, "Cuba sent doctors to Angola.", "07", "CUB>AGO", ""},
		{"03 eritrea agreed to withdraw its", d, "Eritrea agreed to withdraw its troops from Tigray.", "03", "ERI>ETH", ""},
		{"08 eritrea withdrew its troops from", d, "Eritrea withdrew its troops from Tigray.", "08", "ERI>ETH", ""},
		{"03 the united nations offered to", d, "The United Nations offered to mediate between Ethiopia and Egypt.", "03", "IGOUNO>ETH", ""},
		{"04 the united nations mediated between", d, "The United Nations mediated between Ethiopia and Egypt.", "04", "IGOUNO>ETH", ""},
	})
}

// TestRootPairWarnThreat: the warn / threat pair.
func TestRootPairWarnThreat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"13 russia warned finland that joining", d, "Russia warned Finland that joining NATO would have consequences.", "13", "RUS>FIN", ""},
		{"13 russia warned moldova that joining", d, "Russia warned Moldova that joining the EU would have consequences.", "13", "RUS>MDA", ""},
		{"13 iran warned israel that attacking", d, "Iran warned Israel that attacking its nuclear sites would trigger a war.", "13", "IRN>ISR", ""},
		{"13 china warned the united states", d, "China warned the United States that arming Taiwan would cross a red line.", "13", "CHN>USA", ""},
		{"13 turkey warned sweden that harbouring", d, "Turkey warned Sweden that harbouring Kurdish militants would bring consequences.", "13", "TUR>SWE", ""},
		{"13 nigerias army warned boko haram", d, "Nigeria's army warned Boko Haram of a crushing offensive.", "13", "NGAMIL>NGARAD", ""},
		{"13 ethiopias army warned the tplf", d, "Ethiopia's army warned the TPLF of a final offensive.", "13", "ETHMIL>ETHPTY", ""},
		{"13 india warned pakistan of a", d, "India warned Pakistan of a befitting reply.", "13", "IND>PAK", ""},
		{"13 the pentagon warned iran in", d, "The Pentagon warned Iran in 1988 of swift retribution.", "13", "USAMIL>IRN", ""},
		{"13 north korea warned south korea", d, "North Korea warned South Korea of merciless punishment over the leaflets.", "13", "PRK>KOR", ""},
		{"13 israel warned lebanon of a", d, "Israel warned Lebanon of a massive air strike if the rocket fire continued.", "13", "ISR>LBN", ""},
		{"13 russia warned georgia in of", d, "Russia warned Georgia in 2008 of a military incursion.", "13", "RUS>GEO", ""},
		{"11 russia criticised finland for joining", d, "Russia criticised Finland for joining NATO.", "11", "RUS>FIN", ""},
		{"11 nigerias president condemned boko haram", d, "Nigeria's president condemned Boko Haram for the massacre.", "11", "NGAGOV>NGARAD", ""},
		{"11 india slammed pakistan over the", d, "India slammed Pakistan over the attack.", "11", "IND>PAK", ""},
		{"11 ethiopias prime minister accused the", d, "Ethiopia's prime minister accused the TPLF of treason.", "11", "ETHGOV>ETHPTY", ""},
	})
}
