from mlgrade.cli import main

main()
