package pipeline

import "testing"

// TestLawSocieties: a country's bar by its common names ("law society",
// "bar council") is a body of lawyers (NGO) of the country named before or
// after it, and so is the officer of it ("the president of the Zimbabwe Law
// Society"): not the government, which "Zimbabwe" alone or "Council" made
// it. "Bar Association" stays a body's name, so that "the Supreme Court Bar
// Association" stays the court's (JUD).
func TestLawSocieties(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a country's name before law society", d, "The Uganda Law Society accused the Ugandan army of abducting lawyers.", "112", "NGOUGA>UGAMIL", ""},
		{"law society of a country", d, "The Law Society of Kenya accused the Kenyan police of brutality.", "11", "NGOKEN>KENCOP", ""},
		{"the president of a law society", d, "The president of the Zimbabwe Law Society condemned the Zimbabwean police.", "111", "NGOZWE>ZWECOP", ""},
		{"the president of a law society of a country", d, "The president of the Law Society of Zimbabwe accused the Zimbabwean police of assaulting lawyers.", "112", "NGOZWE>ZWECOP", ""},
		{"a law society goes to court", d, "The Malawi Law Society challenged the election results in court.", "115", "NGOMWI>", ""},
		{"the head of a bar council", d, "The head of the Pakistan Bar Council accused the Pakistani government of attacking judges.", "112", "NGOPAK>PAKGOV", ""},
		{"a bar council by its adjective", d, "The Indian Bar Council called a strike against the government.", "143", "NGOIND>INDGOV", ""},
		{"a supreme court bar association stays the court's", d, "The Supreme Court Bar Association condemned the Pakistani government.", "111", "PAKJUD>PAKGOV", ""},
	})
}

// TestTitleOfBody: "the" and a title with "of" and a body's name after it
// is the body's officer ("the president of the Nigerian Bar Association"),
// not the holder of that title the story named before (the country's
// president); "the president of South Africa" and "the president of the
// country" still name the one named before.
func TestTitleOfBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the president of a law society after the country's president", "2010-05-04", "KAMPALA, Uganda -- President Yoweri Museveni dismissed three judges on Monday.\n\nThe president of the Uganda Law Society accused the Ugandan police of torturing lawyers.", "112", "NGOUGA>UGACOP", ""},
		{"the president of a law society of a country", "2015-06-02", "HARARE, Zimbabwe -- President Robert Mugabe sacked two ministers on Monday.\n\nThe president of the Law Society of Zimbabwe accused the police of assaulting lawyers.", "112", "NGOZWE>ZWECOP", ""},
		{"the president of a bar association", "2016-06-02", "ABUJA, Nigeria -- President Muhammadu Buhari met the governors on Monday.\n\nThe president of the Nigerian Bar Association accused the police of torturing suspects.", "112", "NGONGA>NGACOP", ""},
		{"the president of a bloc's commission", "2022-03-01", "PARIS -- French President Emmanuel Macron met Ukrainian officials on Monday.\n\nThe president of the European Commission urged Russia to withdraw its troops.", "0256", "IGOEUR>RUS", ""},
		{"the chairman of a party after the country's chairman", "2019-06-02", "BEIJING -- Chairman Xi Jinping met the delegation on Monday.\n\nThe chairman of the Kuomintang accused the Taiwanese government of provoking Beijing.", "112", "TWNPTY>TWNGOV", ""},
		{"the president of a country named before", "2019-06-02", "PRETORIA -- President Cyril Ramaphosa met the ministers on Monday.\n\nThe president of South Africa accused the opposition of spreading lies.", "112", "ZAFGOV>ZAFOPP", ""},
		{"the president of the country named before", "2019-06-02", "PRETORIA -- President Cyril Ramaphosa met the ministers on Monday.\n\nThe president of the country accused the opposition of spreading lies.", "112", "ZAFGOV>ZAFOPP", ""},
	})
}
