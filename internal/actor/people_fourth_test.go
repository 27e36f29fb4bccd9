package actor

import "testing"

// TestWhoAuditFourth: people the fourth pass of the people audit added
// (people-gaps.txt) for the regions the files covered thinnest (Latin
// America, the Caucasus, Central Asia, West and Central Africa, Southeast
// Asia), read by full name, spelling and surname, across a change of
// office, and on a day outside any of their roles.
func TestWhoAuditFourth(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		// Latin America
		{"Foxley at finance", "Alejandro Foxley", "1992-01-01", "CHLGOV", "finance minister"},
		{"Foxley foreign minister by surname", "Foxley", "2008-01-01", "CHLGOV", "foreign minister"},
		{"Chadwick's second term at the interior", "Andres Chadwick", "2019-10-20", "CHLGOV", "interior minister"},
		{"Toha without accent", "Carolina Toha", "2023-03-01", "CHLGOV", "interior minister"},
		{"Taiana before office is his country alone", "Jorge Taiana", "2000-01-01", "ARG", "foreign minister"},
		{"Taiana at defence", "Taiana", "2023-01-01", "ARGGOV", "defence minister"},
		{"Cavallo at the economy", "Domingo Cavallo", "1995-01-01", "ARGGOV", "economy minister"},
		{"Seineldin's revolt", "Mohamed Ali Seineldin", "1990-12-03", "ARGMIL", "colonel, leader of the Carapintada army revolts of December 1988 and December 1990"},
		{"Malcorra at the UN", "Susana Malcorra", "2014-01-01", "IGOUNO", "chef de cabinet of the UN secretary-general"},
		{"Malcorra foreign minister", "Malcorra", "2016-06-01", "ARGGOV", "foreign minister"},
		{"Mono Jojoy by his nom de guerre", "Jorge Briceno", "2008-01-01", "COLREB", "military commander of the FARC, killed in a bombing raid"},
		{"Santrich in the FARC party", "Jesus Santrich", "2018-04-09", "COLPTY", "leader of the FARC party"},
		{"Santrich back to arms", "Santrich", "2020-01-01", "COLREB", "commander of the Segunda Marquetalia FARC dissidents"},
		{"Holmes Trujillo at defence", "Carlos Holmes Trujillo", "2020-06-01", "COLGOV", "defence minister"},
		{"Holguin without accents", "Maria Angela Holguin", "2016-01-01", "COLGOV", "foreign minister"},
		{"Carmona in the coup", "Pedro Carmona", "2002-04-13", "VENGOV", "self-proclaimed president in the April 2002 coup"},
		{"Carmona at Fedecamaras", "Pedro Carmona Estanga", "2002-01-15", "VENBUS", "head of the Fedecámaras business federation"},
		{"Baduel turned critic", "Raul Baduel", "2008-06-01", "VENOPP", "general turned critic of Chávez, jailed from 2009"},
		{"El Aissami spelled Tarek", "Tarek El Aissami", "2017-06-01", "VENGOV", "vice president"},
		{"Choquehuanca vice president", "Choquehuanca", "2022-01-01", "BOLGOV", "vice president"},
		{"Zuniga's coup", "Juan Jose Zuniga", "2024-06-26", "BOLMIL", "commander of the army, leader of the failed coup of 26 June 2024"},
		{"Garcia Linera", "Alvaro Garcia Linera", "2015-01-01", "BOLGOV", "vice president"},
		{"Moro as judge", "Sergio Moro", "2016-03-04", "BRAJUD", "federal judge of the Car Wash (Lava Jato) corruption cases"},
		{"Moro as minister", "Sérgio Moro", "2019-06-01", "BRAGOV", "justice minister"},
		{"Moraes at the court", "Alexandre de Moraes", "2022-10-30", "BRAJUD", "justice of the Supreme Federal Court (president of the electoral court 2022-2024)"},
		{"Archbishop Romero", "Oscar Romero", "1980-03-01", "SLVREL", "archbishop of San Salvador, assassinated"},
		{"Honduran army chief of 2009", "Romeo Vasquez Velasquez", "2009-06-28", "HNDMIL", "chief of the joint staff, who ousted President Zelaya in June 2009"},
		{"Callejas by his short name", "Rafael Callejas", "1992-01-01", "HNDGOV", "president"},
		{"Brunswijk the rebel", "Ronnie Brunswijk", "1988-01-01", "SURREB", "leader of the Jungle Commando rebels"},
		{"Brunswijk vice president", "Brunswijk", "2022-01-01", "SURGOV", "vice president"},
		// Central Asia and the Caucasus
		{"Tajik minister by his new name", "Sirojiddin Muhriddin", "2020-01-01", "TJKGOV", "foreign minister"},
		{"Tajik minister by his old name", "Sirojiddin Aslov", "2015-01-01", "TJKGOV", "foreign minister"},
		{"Khalimov defects", "Gulmurod Khalimov", "2016-06-01", "IMGRAD", "Islamic State commander after his defection"},
		{"Almatov at Andijan", "Zakir Almatov", "2005-05-13", "UZBGOV", "interior minister, at the time of the Andijan killings"},
		{"Nalbandyan spelling", "Eduard Nalbandyan", "2012-01-01", "ARMGOV", "foreign minister"},
		{"Ohanyan at Karabakh", "Seyran Ohanyan", "2003-01-01", "ARMREB", "commander of the Nagorno-Karabakh forces"},
		{"Ohanyan defence minister", "Ohanyan", "2012-01-01", "ARMMIL", "defence minister"},
		{"Karabakh's president Sahakyan", "Bako Sahakyan", "2016-04-02", "ARMREB", "president of the breakaway Nagorno-Karabakh region"},
		{"Karabakh's president in 2023", "Arayik Harutyunyan", "2023-01-01", "ARMREB", "president of the breakaway Nagorno-Karabakh region"},
		{"Abkhaz leader", "Sergei Bagapsh", "2008-08-10", "GEOREB", "president of breakaway Abkhazia"},
		{"South Ossetian leader", "Kokoity", "2008-08-08", "GEOREB", "president of breakaway South Ossetia"},
		{"Georgian defence minister in the 2008 war", "David Kezerashvili", "2008-08-08", "GEOGOV", "defence minister"},
		{"Okruashvili in opposition", "Okruashvili", "2007-11-01", "GEOOPP", "opposition leader, in exile from 2008"},
		{"Kitovani's guard", "Tengiz Kitovani", "1992-01-01", "GEOMIL", "commander of the National Guard, leader of the coup against Gamsakhurdia, then defence minister"},
		{"Mkhedrioni", "Jaba Ioseliani", "1993-01-01", "GEOUAF", "leader of the Mkhedrioni militia"},
		// Africa and Asia
		{"Quiwonkpa's coup", "Thomas Quiwonkpa", "1985-11-12", "LBRREB", "leader of the failed coup against Doe"},
		{"Upper Volta's colonel", "Saye Zerbo", "1981-06-01", "BFAMIL", "colonel, military ruler of Upper Volta"},
		{"Indjai spelled Injai", "Antonio Injai", "2012-04-13", "GNBMIL", "army chief of staff, leader of the April 2012 coup"},
		{"Gambian coup of 1981", "Kukoi Samba Sanyang", "1981-07-30", "GMBREB", "leader of the failed coup of July 1981"},
		{"Cameroon's foreign minister", "Lejeune Mbella Mbella", "2019-01-01", "CMRGOV", "foreign minister"},
		{"Mauritania's foreign minister after the UN", "Ismail Ould Cheikh Ahmed", "2019-06-01", "MRTGOV", "foreign minister of Mauritania"},
		{"Brother Number Two in government", "Nuon Chea", "1977-01-01", "KHMGOV", "Khmer Rouge chief ideologist, \"Brother Number Two\""},
		{"Brother Number Two in the jungle", "Nuon Chea", "1990-01-01", "KHMREB", "Khmer Rouge leader, \"Brother Number Two\""},
		{"Cambodia's defence minister", "Tea Banh", "2015-01-01", "KHMGOV", "defence minister"},
		{"Brunei's foreign minister", "Prince Mohamed Bolkiah", "2005-01-01", "BRNGOV", "foreign minister"},
		{"Myanmar junta's foreign minister", "Wunna Maung Lwin", "2022-01-01", "MMRGOV", "foreign minister of the junta"},
		{"Singapore's defence minister", "Ng Eng Hen", "2020-01-01", "SGPGOV", "defence minister"},
		{"Bahrain's cleric", "Sheikh Isa Qassim", "2016-06-20", "BHRREL", "the leading Shiite cleric of Bahrain, spiritual leader of Al Wefaq, stripped of his citizenship in 2016"},
	})
}
