# diagnose
