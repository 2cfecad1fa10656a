# wizard
