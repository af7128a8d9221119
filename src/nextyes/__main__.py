from nextyes.cli import main

main()
