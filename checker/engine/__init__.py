"""The engine: a text's lines analysed (lines), the document rules' two passes over them
(document), and the executors that spread the work (executors, tasks). See ARCHITECTURE.md."""
