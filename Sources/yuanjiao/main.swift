print("yuanjiao")
