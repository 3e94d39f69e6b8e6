from rakdesk.cli import main

raise SystemExit(main())
