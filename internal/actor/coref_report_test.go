package actor

import "testing"

// TestPronounAfterReport: "it", "they", "he" and "she" right after any
// reporting verb (words.txt's report: "announced", "declared",
// "confirmed", "claimed", "warned"), with or without "that", stand for the
// speaker, a body that names itself ("a group calling itself ...") too;
// not an "it" that is no one ("it was unclear whether", "it was raining"),
// the verb's object ("confirmed it on Monday", "declared it a terrorist
// group"), or a thing the clause named before the verb.
func TestPronounAfterReport(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"declared it would", "2020-01-08", []string{
			"Iran declared it would retaliate against Israel."},
			"Iran=IRN/Iran; it=IRN/Iran; Israel=ISR/Israel", "first named in this sentence"},
		{"confirmed it had, an agent", "2019-03-04", []string{
			"The Egyptian foreign ministry confirmed it had expelled two Israeli diplomats."},
			"Egyptian foreign ministry=EGYGOV/Egypt; it=EGYGOV/Egypt; Israeli diplomats=ISRGOV/Israel", "first named in this sentence"},
		{"a group calling itself, announced it had", "2010-02-18", []string{
			"A group calling itself the National Salvation Front announced it had taken power in Niger."},
			"A group calling itself the National Salvation Front=PTY/National Salvation Front; it=PTY/National Salvation Front", "first named in this sentence"},
		{"announced on a day it was", "2008-03-03", []string{
			"Venezuela announced on Monday it was recalling its ambassador from Colombia."},
			"Venezuela=VEN/Venezuela; it=VEN/Venezuela; its ambassador=VENGOV/Venezuela; Colombia=COL/Colombia", "first named in this sentence"},
		{"warned it will, the present", "2017-09-20", []string{
			"Turkey warned it will not allow a Kurdish state in Syria."},
			"Turkey=TUR/Türkiye; it=TUR/Türkiye", "first named in this sentence"},
		{"claimed it had", "2014-07-12", []string{
			"Hamas claimed it had fired rockets at Tel Aviv."},
			"Hamas=PSEREB/Hamas; it=PSEREB/Hamas", "first named in this sentence"},
		{"confirmed that it had", "2023-08-25", []string{
			"Japan confirmed that it had lodged a protest with China."},
			"Japan=JPN/Japan; it=JPN/Japan; China=CHN/China", "first named in this sentence"},
		{"says it and a verb in the past", "2018-11-26", []string{
			"Russia says it seized three Ukrainian vessels."},
			"Russia=RUS/Russia; it=RUS/Russia; Ukrainian=UKR/Ukraine", "first named in this sentence"},
		{"announced they had", "2012-11-20", []string{
			"The M23 rebels announced they had seized the town of Goma."},
			"M23 rebels=CODREB/M23; they=CODREB/M23", "first named in this sentence"},
		{"declared he would", "2019-04-02", []string{
			"Russian President Vladimir Putin declared he would visit China in May."},
			"Russian President Vladimir Putin=RUSGOV/Vladimir Putin; he=RUSGOV/Vladimir Putin; China=CHN/China", "first person named in this sentence"},
		{"not it that is no one: unclear whether", "2020-01-08", []string{
			"Iran announced it was unclear whether the talks would resume."},
			"Iran=IRN/Iran", ""},
		{"not it that is no one: raining", "2011-10-20", []string{
			"Thailand said it was raining heavily in Bangkok."},
			"Thailand=THA/Thailand", ""},
		{"not a thing named before the verb", "2018-03-01", []string{
			"Russia unveiled a new missile and announced it could reach Europe."},
			"Russia=RUS/Russia", ""},
		{"not the object of the verb: on a day", "2020-01-08", []string{
			"Iran confirmed it on Monday."},
			"Iran=IRN/Iran", ""},
		{"not the object of the verb: a predicate", "2016-06-30", []string{
			"Egypt declared it a terrorist group."},
			"Egypt=EGY/Egypt; terrorist group=RAD/extremists", ""},
		{"not the object of another verb", "2020-01-08", []string{
			"Iran denied it would retaliate."},
			"Iran=IRN/Iran", ""},
	})
}
