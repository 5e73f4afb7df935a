import json,sys,collections
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
top=collections.Counter(); incl=collections.Counter(); n=0
for e in ev:
    fr=e['values']['stackTrace']['frames']
    if not fr: continue
    th=e['values'].get('sampledThread',{}).get('javaName','')
    if 'jmh-worker' not in th: continue
    n+=1
    m=lambda f: f['method']['type']['name']+'.'+f['method']['name']
    top[m(fr[0])]+=1
    for f in set(m(f) for f in fr): incl[f]+=1
print("samples",n)
print("-- self (top frame)")
for k,v in top.most_common(18): print(f"{100*v/n:5.1f}% {k}")
print("-- inclusive, dev.backoff only")
for k,v in incl.most_common(200):
    if ('dev/backoff/internal' in k or 'MapN' in k or 'Method.equals' in k or 'Method.hashCode' in k or 'floorMod' in k or 'identityHash' in k or 'hashCode' in k or 'ConcurrentHashMap' in k) and 'jmh_generated' not in k: print(f"{100*v/n:5.1f}% {k}")
