#!/bin/bash
# A stand-in for kubectl, for tst_kubetargeteditor (which copies it as "kubectl" first on PATH): answers the
# commands the connection dialog sends from the JSON files beside it (<namespace>-<services|pods|secrets>.json),
# knows the contexts dev-cluster, prod-cluster and restricted (which may not list namespaces), refuses
# port-forwards in saytruth-prod, takes three seconds in the namespace slow-ns, and logs every call.
dir="$(dirname "$0")"
echo "$*" >> "$dir/calls.log"
context=dev-cluster
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --kubeconfig) shift 2 ;;
        --context) context="$2"; shift 2 ;;
        --request-timeout=*) shift ;;
        *) args+=("$1"); shift ;;
    esac
done
set -- "${args[@]}"
case "$context" in
    dev-cluster|prod-cluster|restricted) ;;
    *) if [ "$1" = get ]; then echo "error: context \"$context\" does not exist" >&2; exit 1; fi ;;
esac
case "$*" in
    "config get-contexts -o name") printf 'dev-cluster\nprod-cluster\nrestricted\n' ;;
    "config current-context") echo dev-cluster ;;
    "config view --minify -o json")
        echo '{"contexts":[{"name":"'"$context"'","context":{"namespace":"default"}}],"users":[{"user":{}}]}' ;;
    "auth can-i "*" --namespace saytruth-prod") echo no; exit 1 ;;
    "auth can-i "*) echo yes ;;
    "get --raw /api/v1/namespaces")
        if [ "$context" = restricted ]; then
            echo 'Error from server (Forbidden): namespaces is forbidden: User "dev" cannot list resource "namespaces" in API group "" at the cluster scope' >&2
            exit 1
        fi
        cat "$dir/namespaces.json" ;;
    "get --raw /api/v1/namespaces/"*)
        path="${3#/api/v1/namespaces/}"
        ns="${path%%/*}"
        if [ "$ns" = slow-ns ]; then sleep 3; fi
        file="$dir/$ns-${path#*/}.json"
        if [ -f "$file" ]; then cat "$file"; else echo '{"kind":"List","items":[]}'; fi ;;
    *) echo "error: unknown command \"$*\" for \"kubectl\"" >&2; exit 1 ;;
esac
