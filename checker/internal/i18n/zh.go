package i18n

// zh is the Chinese of every message the checker prints through a Printer,
// by its English. A test of the checker fails when a message printed
// through a Printer is missing here, or when one here is printed nowhere.
var zh = map[string]string{
	// check and list
	"checking %s …\r":            "正在检查 %s …\r",
	"%s %-10s not checked yet\n": "%s %-10s 尚未检查\n",
	"not checked yet":            "尚未检查",
	"not yet: %s":                "未通过：%s",
	"done":                       "已完成",
	"\nProgress: %d/%d\n":        "\n进度：%d/%d\n",
	"Details of any exercise: make check NAME=<name>\n":                                          "查看某个练习的详情：make check NAME=<name>\n",
	"The later exercises are checked once this one passes (make check ALL=1 checks them now).\n": "这一题通过后，才会检查后面的练习（make check ALL=1 现在就检查全部）。\n",

	// verdicts (package report)
	"%s %-10s passed (%.1fs)\n": "%s %-10s 通过（%.1f 秒）\n",
	"\n  … and %d more like these (go run ./checker check --json %s)\n": "\n  … 还有 %d 处类似的问题（go run ./checker check --json %s）\n",
	"\n  Hint: %s\n  (more: go run ./checker hint %s)\n":                "\n  提示：%s\n  （更多提示：go run ./checker hint %s）\n",
	" in %s":          "，出现在 %s",
	"  Look at: %s\n": "  看看这里：%s\n",
	"\n%d/%d exercises pass, %d not checked yet.\n": "\n%d/%d 个练习通过，%d 个尚未检查。\n",
	"\n%d/%d exercises pass.\n":                     "\n%d/%d 个练习通过。\n",

	// watch
	"Every exercise passes. Well done!\n": "所有练习都通过了，干得漂亮！\n",
	"checking %s … (save %s to check again, h hint, l list, r reset, n next, c check, q quit)\n": "正在检查 %s …（保存 %s 即重新检查；h 提示，l 列表，r 重置，n 下一题，c 再查一次，q 退出）\n",
	"\nSave %s to check again (h hint, l list, r reset, n next, c check, q quit).\n":             "\n保存 %s 即重新检查（h 提示，l 列表，r 重置，n 下一题，c 再查一次，q 退出）。\n",
	"\n%s passes. On to the next exercise.\n\n":                                                  "\n%s 通过了。进入下一个练习。\n\n",
	"That was the last exercise: every one passes. Well done!\n":                                 "这是最后一个练习：全部通过，干得漂亮！\n",
	"No hints for %s\n":     "%s 没有提示\n",
	"\nHint %d of %d: %s\n": "\n提示 %d/%d：%s\n",
	"\n%s is the last exercise: there is none to skip to.\n":                  "\n%s 是最后一个练习，没有下一题可以跳了。\n",
	"\nSkipping %s for now.\n\n":                                              "\n暂时跳过 %s。\n\n",
	"\nReset %s to the shipped code? Your changes to it will be lost. [y/N] ": "\n把 %s 重置为初始代码吗？你对它的修改会全部丢失。[y/N] ",
	"Nothing was changed.\n":                                                  "什么都没有改。\n",

	// reset
	"%s is already as shipped: nothing to reset.\n":                                   "%s 已经是初始代码，无需重置。\n",
	"Reset %s to the shipped, unsolved code? Your changes to it will be lost. [y/N] ": "把 %s 重置为未修复的初始代码吗？你对它的修改会全部丢失。[y/N] ",
	"reset %s\n": "已重置 %s\n",

	// solution
	"The solution of %[1]s is shown once your code passes: make check NAME=%[1]s.\n" +
		"(Stuck? go run ./checker hint %[1]s first; --force shows it anyway.)\n": "你的代码通过之后才会显示 %[1]s 的参考答案：make check NAME=%[1]s。\n" +
		"（卡住了？先看看 go run ./checker hint %[1]s；--force 可以直接显示。）\n",
	"── yours (%s) | the solution: the lines that differ ──\n\n": "── 你的代码（%s）| 参考答案：不同的行 ──\n\n",
	"(the same, line for line)\n":                                "（逐行相同）\n",
}
