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

	// verdicts (package diagnose)
	"The code does not compile.":                                   "代码无法编译。",
	"Fix the first error; `go vet ./%s/` shows the same messages.": "先修正第一个错误；`go vet ./%s/` 会显示同样的信息。",
	"go vet stopped the build: %s.":                                "go vet 中止了构建：%s。",
	"A sync.Mutex (or anything holding one) must not be copied once used: the copy is a lock nobody else takes. " +
		"Give the methods pointer receivers, func (x *T), and pass the value by pointer.": "sync.Mutex（以及任何包含它的值）一旦用过就不能再复制：复制出来的是一把别人都不会去拿的锁。" +
		"让方法使用指针接收者 func (x *T)，并通过指针传递这个值。",
	"The code does not compile: %s.": "代码无法编译：%s。",
	"The test process used too much memory and was stopped: the runtime would have died with \"out of memory\".":  "测试进程占用的内存太多，已被停止：再这样下去，运行时会因 \"out of memory\" 而崩溃。",
	"Look for goroutines or data that grow without bound, such as a goroutine started in a loop that never ends.": "找找无限增长的 goroutine 或数据，比如在一个永不结束的循环里不断启动的 goroutine。",
	"The test process failed (exit status %d) without saying why.":                                                "测试进程失败了（退出状态 %d），但没有说明原因。",
	"Look for os.Exit or log.Fatal in the code.":                                                                  "看看代码里有没有 os.Exit 或 log.Fatal。",
	"No tests ran: the test binary reports no tests.":                                                             "没有运行任何测试：测试二进制文件报告其中没有测试。",
	"%s never reported a result: the process ended before running it.":                                            "%s 始终没有报告结果：进程在运行它之前就结束了。",
	"Look for os.Exit, or a goroutine that ends the program.":                                                     "看看有没有 os.Exit，或者会结束整个程序的 goroutine。",
	"the test's check":                                           "测试的检查",
	"%s failed without a message.":                               "%s 失败了，但没有给出任何信息。",
	"The test process ended in the middle of %s.":                "测试进程在 %s 运行到一半时结束了。",
	"Look for os.Exit, log.Fatal or runtime.Goexit in the code.": "看看代码里有没有 os.Exit、log.Fatal 或 runtime.Goexit。",
	"write by goroutine %d%s":                                    "由 goroutine %d 写入%s",
	"read by goroutine %d%s":                                     "由 goroutine %d 读取%s",
	"earlier write by goroutine %d%s":                            "先前由 goroutine %d 写入%s",
	"earlier read by goroutine %d%s":                             "先前由 goroutine %d 读取%s",
	", started at %s:%d":                                         "（该 goroutine 启动于 %s:%d）",
	"goroutine %d wrote at %s:%d (in %s)":                        "goroutine %[1]d 在 %[4]s（%[2]s:%[3]d）中写入",
	"goroutine %d read at %s:%d (in %s)":                         "goroutine %[1]d 在 %[4]s（%[2]s:%[3]d）中读取",
	"Data race: %s while %s, with nothing ordering the two.":     "数据竞争：%s，与此同时 %s，而没有任何同步来确定这两者的先后。",
	"Every access to that variable, reads included, must hold the same lock, and a write the write lock (Lock, not RLock); or all of them must be atomic.": "对这个变量的每一次访问（包括读取）都必须持有同一把锁，写入还必须持有写锁（Lock，而不是 RLock）；或者全部使用原子操作。",
	"%s in %s%s":                 "在 %[2]s 中%[1]s%[3]s",
	", called from %s at %s:%d":  "，调用方是 %[2]s:%[3]d 处的 %[1]s",
	"goroutine %d %s":            "goroutine %d %s",
	"%d goroutines (%s) each %s": "%d 个 goroutine（%s）都%s",
	" and %d more":               " 及另外 %d 个",
	"after %s":                   "过了 %s",
	"after its time budget":      "时间预算用完时",
	"Deadlock: %s the tests were stuck, with %d goroutines waiting for something that never happens.":          "死锁：%s，测试仍然卡住，有 %d 个 goroutine 在等待一件永远不会发生的事。",
	"Deadlock: %s the tests were stuck, with 1 goroutine waiting for something that never happens.":            "死锁：%s，测试仍然卡住，有 1 个 goroutine 在等待一件永远不会发生的事。",
	"Timeout: the tests were still running %s.":                                                                "超时：%s，测试仍在运行。",
	"Timeout: the tests were still running %s, busy in %s.":                                                    "超时：%s，测试仍在运行，正忙于 %s。",
	"Look for a loop that never ends, such as one that waits for a condition by spinning instead of blocking.": "找找永不结束的循环，比如靠空转而不是阻塞来等待某个条件的循环。",
	"Deadlock: every goroutine of the test was blocked, waiting for something that never happens.":             "死锁：测试的所有 goroutine 都阻塞了，都在等待永远不会发生的事。",
	"Leak: the test finished with goroutines still blocked, and nothing will ever wake them.":                  "泄漏：测试结束时仍有 goroutine 处于阻塞状态，而且再也没有什么能唤醒它们。",
	"waits for a lock (%s)":                                          "等待锁（%s）",
	"waits in wg.Wait for goroutines that have not finished":         "用 wg.Wait 等待尚未结束的 goroutine",
	"waits to send on a channel no goroutine was receiving from":     "等着向一个没有任何 goroutine 在接收的通道发送",
	"waits to receive from a channel no goroutine sent on or closed": "等着从一个既没有 goroutine 发送、也没有被关闭的通道接收",
	"waits on I/O or a system call (%s)":                             "等待 I/O 或系统调用（%s）",
	"waits (%s)":                                                     "等待（%s）",
	"is busy (%s)":                                                   "仍在运行（%s）",
	"A sync.Mutex is not reentrant: look for a Lock taken again by a goroutine that already holds it, " +
		"or a Lock with no Unlock on some path such as an early return (`defer mu.Unlock()` right after Lock avoids both).": "sync.Mutex 不可重入：找找有没有 goroutine 在已经持有锁时又调用了 Lock，" +
		"或者某条路径（比如提前 return）上有 Lock 却没有 Unlock（在 Lock 之后紧接着写 `defer mu.Unlock()` 可以同时避免这两种情况）。",
	"Some goroutines wait for a lock while others wait for something else (a channel, a Cond, a WaitGroup): " +
		"look for a goroutine that holds the lock while it waits, when the goroutine that would end its wait needs that lock first. " +
		"Release a lock before waiting for another goroutine; if nothing waits while holding it, look for a Lock with no Unlock on some path.": "有些 goroutine 在等锁，另一些在等别的东西（通道、Cond、WaitGroup）：" +
		"找找有没有 goroutine 一边持有锁一边等待，而能结束它等待的那个 goroutine 却要先拿到这把锁。" +
		"等待其他 goroutine 之前要先释放锁；如果没有谁在持锁时等待，就找找某条路径上有 Lock 却没有 Unlock 的地方。",
	"Look for I/O that waits on something that never comes: a pipe that nobody drains while its writer waits, " +
		"or a process waited for before its output was read.": "找找在等待永远不会到来的东西的 I/O：写入方在等待、却没有人把它读空的管道，" +
		"或者还没读取输出就去等待的进程。",
	"Every channel operation needs a partner: look for a send or receive that no other goroutine will ever match, or a missing close.": "每一次通道操作都需要另一方配合：找找有没有永远不会有其他 goroutine 来配对的发送或接收，或者漏掉的 close。",
	"Every goroutine needs a way to finish: make sure whatever it waits for (a channel, a lock, a context) eventually comes.":          "每个 goroutine 都需要一条结束的路：确保它等待的东西（通道、锁、context）最终一定会到来。",
	", started by %s at %s:%d": "，由 %[2]s:%[3]d 处的 %[1]s 启动",
	"goroutine %d %s%s":        "goroutine %d %s%s",
	"Leak: 1 goroutine was still alive after the tests ended.":                    "泄漏：测试结束之后，仍有 1 个 goroutine 存活。",
	"Leak: %d goroutines were still alive after the tests ended.":                 "泄漏：测试结束之后，仍有 %d 个 goroutine 存活。",
	"Leak: 1 goroutine was still alive after the tests ended, stuck at %s:%d.":    "泄漏：测试结束之后，仍有 1 个 goroutine 存活，卡在 %s:%d。",
	"Leak: %d goroutines were still alive after the tests ended, stuck at %s:%d.": "泄漏：测试结束之后，仍有 %d 个 goroutine 存活，卡在 %s:%d。",
	"Panic: %s.": "panic：%s。",
	"Read the message and the line it points at.":                                                             "读一读这条信息，以及它指向的那一行代码。",
	"Go maps are not safe for concurrent use: guard every access with one lock, or use sync.Map.":             "Go 的 map 不能安全地并发使用：用同一把锁保护对它的每一次访问，或者改用 sync.Map。",
	"A channel was closed twice or used after close: let exactly one owner close it, once (sync.Once helps).": "有通道被关闭了两次，或者在关闭之后还被使用：只让唯一的所有者关闭它，而且只关闭一次（sync.Once 能帮上忙）。",
	"Call wg.Add before starting the goroutine, and Done exactly once per Add.":                               "先调用 wg.Add 再启动 goroutine，并且每次 Add 恰好对应一次 Done。",
	"goroutine %d panicked here":  "goroutine %d 在这里 panic 了",
	"Panic: %s (in %s at %s:%d).": "panic：%s（发生在 %[2]s 中，位于 %[3]s:%[4]d）。",

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

	// the command line (package main)
	"checker: %s\n":                   "checker：%s\n",
	"unknown command %q":              "没有 %q 这个命令",
	"unknown option %s":               "没有 %s 这个选项",
	"usage: %s\n":                     "用法：%s\n",
	"usage: watch":                    "用法：watch",
	"usage: hint NAME":                "用法：hint 练习名",
	"usage: reset [--yes] NAME":       "用法：reset [--yes] 练习名",
	"usage: solution [--force] NAME":  "用法：solution [--force] 练习名",
	"no exercise called %q (try: %s)": "没有叫 %q 的练习（可以试试：%s）",
	"no exercises/catalog.toml here or in any parent folder: run the checker inside the kit": "这里和所有上级文件夹里都没有 exercises/catalog.toml：请在练习包（kit）里运行检查器",
	"print one JSON document (in English) instead of text":                                   "输出一个 JSON 文档（英文），而不是文字",
	"check every exercise, also those after the first that fails":                            "检查所有练习，包括第一个没通过的练习之后的那些",
	"overwrite without asking":                                              "直接覆盖，不再询问",
	"show it even though the exercise has not passed yet":                   "即使练习还没通过，也显示参考答案",
	"The seed tutorial, in Go:":                                             "种子教程，用 Go 重写：",
	"Real Go concurrency bugs, one of each class (Tu et al., ASPLOS 2019):": "真实的 Go 并发 bug，每一类一个（Tu 等人，ASPLOS 2019）：",
	"usage: go run ./checker <command> [arguments]   (or make watch, make check ...)\n\n" +
		"  watch                               check the exercise you are on, again at every save\n" +
		"  check [--json] [--all] [NAME...]    check exercises (by default up to the first that fails)\n" +
		"  list                                every exercise, done or not\n" +
		"  hint NAME                           all the hints of an exercise\n" +
		"  reset [--yes] NAME                  put the exercise's code back as shipped (asks first)\n" +
		"  solution [--force] NAME             the reference solution next to yours, once yours passes\n" +
		"  demo [--svg FILE] account           the seed's lost update replayed on your Account, as a timeline\n" +
		"  --lang zh|en                        the language (else RACEKIT_LANG, else the locale)\n\n" +
		"For teachers (these speak English):\n": "用法：go run ./checker <命令> [参数]   （也可以用 make watch、make check ……）\n\n" +
		"  watch                               检查你正在做的练习，每次保存都重新检查\n" +
		"  check [--json] [--all] [NAME...]    检查练习（默认检查到第一个没通过的为止）\n" +
		"  list                                列出所有练习，以及是否已完成\n" +
		"  hint NAME                           一个练习的全部提示\n" +
		"  reset [--yes] NAME                  把练习的代码恢复成发布时的样子（会先询问）\n" +
		"  solution [--force] NAME             你的代码通过后，把参考答案和你的代码并排显示\n" +
		"  demo [--svg FILE] account           在你的 Account 上重演原教程中丢失更新的那一幕，画成时间线\n" +
		"  --lang zh|en                        语言（否则取 RACEKIT_LANG，再否则取系统区域设置）\n\n" +
		"教师用的命令（只有英文）：\n",

	// verdict kinds
	", ":                    "、",
	"compile":               "编译错误",
	"race":                  "数据竞争",
	"leak":                  "goroutine 泄漏",
	"deadlock":              "死锁",
	"timeout":               "超时",
	"fail":                  "测试失败",
	"panic":                 "panic",
	"tamper":                "篡改了测试",
	"%s %-10s %s (%.1fs)\n": "%s %-10s %s（%.1f 秒）\n",

	// demo (package main and package demo)
	"also draw the timeline as a picture into `FILE` (SVG)": "同时把时间线画成图片，写入 `FILE`（SVG）",
	"replay the reference solution instead of your code":    "重演参考答案，而不是你的代码",
	"usage: %s": "用法：%s",
	"demo replays the seed's bank account only: go run ./checker demo account":                                                       "demo 只重演原教程里的银行账户：go run ./checker demo account",
	"The demo times the slow step: it needs func slowStep() in %s/, as the kit shipped it (the comment above it says to keep it).\n": "演示要给那一步耗时操作计时：它需要 %s/ 里发布时就有的 func slowStep()（它上面的注释也说了要保留它）。\n",
	"The code in %s/ does not compile, so there is nothing to replay:\n\n%s\n":                                                       "%s/ 里的代码无法编译，没有什么可以重演：\n\n%s\n",
	"The replay ended before every call returned (a panic?):\n\n%s\n":                                                                "重演在所有调用返回之前就结束了（发生了 panic？）：\n\n%s\n",
	"\nThe picture: %s\n": "\n图片：%s\n",
	"The seed's bank account, replayed on the Account in %s/, in fake time:\n":                                   "原教程里的银行账户，用虚拟时间在 %s/ 里的 Account 上重演：\n",
	"balance %s; Save(%s) and Draw(%s) start together; the slow step takes %v, as the seed's time.sleep(8).\n\n": "余额 %s；Save(%s) 和 Draw(%s) 同时开始；耗时的那一步用 %v，就像原教程里的 time.sleep(8)。\n\n",
	"final balance: %s": "最终余额：%s",
	"█ in the slow step   ░ waiting (for a lock, a channel ...)": "█ 正在执行耗时的那一步   ░ 在等待（等锁、等通道……）",
	"called": "被调用",
	"starts the slow step (the balance then: %s)": "开始耗时的那一步（当时的余额：%s）",
	"starts the slow step":                        "开始耗时的那一步",
	"wakes up":                                    "醒来",
	"waits (%s) in %s at %s":                      "在 %[3]s 的 %[2]s 中等待（%[1]s）",
	"returns":                                     "返回",
	"returns the error %q":                        "返回错误 %q",
	"; the balance now: %s":                       "；现在的余额：%s",
	"; the balance cannot be read yet (Balance waits)": "；余额暂时读不出来（Balance 在等待）",
	"the Account's goroutine %d":                       "Account 自己的 goroutine %d",
	"Deadlock: every goroutine waits, and nothing is left that could wake one. The replay stopped at %v of fake time:":                                              "死锁：每个 goroutine 都在等待，已经没有什么能唤醒它们了。重演停在虚拟时间 %v：",
	"A goroutine kept running for 2 s of real time without ever waiting: a loop that never ends? The replay stopped at %v of fake time:":                            "有个 goroutine 在真实时间里连续运行了 2 秒都没有停下来等待：是一个永不结束的循环吗？重演停在虚拟时间 %v：",
	"Final balance %s, as it should be. The slow steps overlapped, but a call that found the balance changed started again: %d slow steps in all, %v of fake time.": "最终余额 %s，正确。耗时的那几步有重叠，但发现余额已被改动的调用会从头再来：一共 %d 次耗时的那一步，用了虚拟时间 %v。",
	"Final balance %s, as it should be: the calls took turns, and no slow step overlapped another.":                                                                 "最终余额 %s，正确：两个调用轮流执行，耗时的那几步没有任何重叠。",
	"Taking turns costs time: the slow steps ran one after the other, %v of fake time instead of %v. That is what the lock costs.":                                  "轮流执行要花时间：耗时的那几步一个接一个地执行，用了虚拟时间 %v，而不是 %v。这就是加锁的代价。",
	"Final balance %s, not %s: the withdrawal of %s was lost.":                                                                                                      "最终余额 %s，而不是 %s：取出的 %s 丢了。",
	"Final balance %s, not %s: the deposit of %s was lost.":                                                                                                         "最终余额 %s，而不是 %s：存入的 %s 丢了。",
	"Final balance %s, not %s.": "最终余额 %s，而不是 %s。",
	"Both calls were in their slow step at the same time: each had read the balance before the other wrote it back, so the later write replaced the earlier one. This is the seed's lost update.": "两个调用同时处在耗时的那一步：每个都在对方写回之前读出了余额，于是后写的覆盖了先写的。这就是原教程里说的数据混乱（丢失更新）。",
	"a goroutine of the Account":                              "Account 的一个 goroutine",
	"  %s: %s in %s at %s":                                    "  %[1]s：在 %[4]s 的 %[3]s 中（%[2]s）",
	"The seed's bank account, replayed on the Account in %s/": "原教程里的银行账户，在 %s/ 里的 Account 上重演",
	"balance %s; Save(%s) and Draw(%s) start together; each slow step takes %v of fake time": "余额 %s；Save(%s) 和 Draw(%s) 同时开始；每次耗时的那一步用虚拟时间 %v",
	"fake time":            "虚拟时间",
	"slow step":            "耗时的一步",
	"read then: %s":        "当时余额：%s",
	"returned":             "返回",
	"returned; balance %s": "返回；余额 %s",
	"balance":              "余额",
	"A goroutine waits in RLock while a writer waits in Lock: once a writer waits, Go's RWMutex lets no new reader in, " +
		"so a goroutine that already holds the read lock and takes it again (a method calling another that also RLocks) waits for the writer, " +
		"which waits for it. Take the read lock once, and from inside call helpers that do not lock.": "有 goroutine 在 RLock 里等待，同时有写者在 Lock 里等待：一旦有写者在等，Go 的 RWMutex（读写锁）就不再放新的读者进来，" +
		"所以一个已经持有读锁、又再次获取读锁的 goroutine（比如一个方法调用了另一个同样要 RLock 的方法）会等那个写者，" +
		"而写者又在等它。读锁只获取一次，在持锁的代码里调用不加锁的辅助函数。",
	"Goroutines wait for locks at different places: two goroutines that take the same two locks in opposite orders " +
		"each hold one and wait forever for the other's. Take locks in one fixed order everywhere (by an ID, say), or use one lock. " +
		"Also look for a Lock taken again by a goroutine that already holds it (a sync.Mutex is not reentrant), or a Lock with no Unlock on some path.": "goroutine 们在不同的地方等待锁：两个 goroutine 以相反的顺序获取同样的两把锁时，" +
		"会各自拿着一把，永远等着对方手里的那一把。在所有地方都按同一个固定的顺序加锁（比如按 ID），或者只用一把锁。" +
		"也找找有没有 goroutine 在已经持有锁时又调用了 Lock（sync.Mutex 不可重入），或者某条路径上有 Lock 却没有 Unlock。",
	"A channel was closed while a goroutine could still send on it: close a channel only when no send can follow, " +
		"for example from one goroutine that closes it after wg.Wait has seen every sender finish. Closing it once (sync.Once) is not enough.": "有通道在还可能有 goroutine 向它发送的时候被关闭了：只有在确定不会再有发送之后才能关闭通道，" +
		"比如由一个 goroutine 在 wg.Wait 看到所有发送方都结束之后再关闭它。光是只关闭一次（sync.Once）是不够的。",
	"A slice was shorter than the code expected when it used it: with goroutines, look for a check (len(s) > 0) " +
		"and the act that relies on it not done as one step, such as a Cond.Wait under `if` instead of `for`, or a length looked at before the lock.": "代码使用切片时，它比预想的要短：在有多个 goroutine 的情况下，找找有没有检查（len(s) > 0）" +
		"和依赖这个检查的操作没有作为一步完成的地方，比如用 `if` 而不是 `for` 包着 Cond.Wait，或者在加锁之前就看了长度。",
	"goroutine %d used %s (the race detector does not show its caller)": "goroutine %d 调用了 %s（竞态检测器不显示是谁调用的）",
	"One side of the race is atomic and the other is not: an atomic operation is ordered only with other atomic operations " +
		"on the same variable. Make every access atomic (reads, writes and resets: Load, Store, Swap), or guard every one with the same lock.": "竞争的一方是原子操作，另一方不是：原子操作只和同一个变量上的其他原子操作之间有先后顺序。" +
		"让每一次访问都是原子的（读取、写入和清零：Load、Store、Swap），或者用同一把锁保护每一次访问。",
	"Leak: %d goroutine(s) the test started were still alive when it looked for them.":                 "泄漏：测试检查时，它启动的 goroutine 中仍有 %d 个存活。",
	"Leak: %d goroutine(s) the test started were still alive when it looked for them, stuck at %s:%d.": "泄漏：测试检查时，它启动的 goroutine 中仍有 %d 个存活，卡在 %s:%d。",
}
