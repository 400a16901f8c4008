print("yuanjiao-bench")
