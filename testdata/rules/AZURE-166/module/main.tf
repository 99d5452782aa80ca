# A storage module called twice: the instance the caller keeps Shared Key
# on for is reported.
module "logs" {
  source     = "./storage"
  name       = "stlogsprod"
  shared_key = true
}

module "artifacts" {
  source     = "./storage"
  name       = "startifactsprod"
  shared_key = false
}
