; BrainTS kernel for neuron model CobaLIF (models/coba.ts:42), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, ge, gi, t_last.
; Group-uniform parameters (params): taum, taue, taui, Vt, Vr, t_ref, El, Ee, Ei, I.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'CobaLIF.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @CobaLIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/coba.ts:60  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %taum.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %taum = load double, double* %taum.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %Vt.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %Vt = load double, double* %Vt.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %Ee.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %Ee = load double, double* %Ee.slot, align 8, !dbg !7
  %Ei.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Ei = load double, double* %Ei.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %I = load double, double* %I.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  ; models/coba.ts:52  return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) * (1 / this.taum);
  %u3 = fdiv double 1.000000e+00, %taum, !dbg !11
  ; models/coba.ts:57  return [-ge * (1 / this.taue), -gi * (1 / this.taui)];
  %u4 = fdiv double 1.000000e+00, %taue, !dbg !12
  %u5 = fdiv double 1.000000e+00, %taui, !dbg !13
  %2 = icmp slt i64 %begin, %end, !dbg !13
  br i1 %2, label %neuron, label %done, !dbg !13

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !13
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !13
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !14
  %t_last = load double, double* %t_last.addr, align 8, !dbg !14
  %3 = fsub double %t, %t_last, !dbg !14
  %4 = fadd double %3, %u0, !dbg !9
  %5 = fmul double %4, %u1, !dbg !9
  %6 = call double @llvm.trunc.f64(double %5), !dbg !9
  %7 = fcmp oge double %6, %u2, !dbg !9
  ; models/coba.ts:63  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !15
  %v = load double, double* %v.addr, align 8, !dbg !15
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !16
  %ge = load double, double* %ge.addr, align 8, !dbg !16
  ; models/coba.ts:52  return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) * (1 / this.taum);
  %8 = fsub double %Ee, %v, !dbg !17
  %9 = fmul double %ge, %8, !dbg !17
  ; models/coba.ts:63  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !18
  %gi = load double, double* %gi.addr, align 8, !dbg !18
  ; models/coba.ts:52  return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) * (1 / this.taum);
  %10 = fsub double %Ei, %v, !dbg !19
  %11 = fmul double %gi, %10, !dbg !19
  %12 = fadd double %9, %11, !dbg !19
  %13 = fsub double %v, %El, !dbg !20
  %14 = fsub double %12, %13, !dbg !20
  %15 = fadd double %14, %I, !dbg !21
  %16 = fmul double %15, %u3, !dbg !22
  %17 = fmul double %dt, %16, !dbg !22
  %18 = fadd double %v, %17, !dbg !22
  ; models/coba.ts:15  @state v = -60; // mV
  %19 = select i1 %7, double %18, double %v, !dbg !23
  ; models/coba.ts:27  if (active && this.v > this.Vt) {
  %20 = fcmp ogt double %19, %Vt, !dbg !24
  %21 = and i1 %7, %20, !dbg !24
  ; models/coba.ts:28  this.v = this.Vr;
  %v.next = select i1 %21, double %Vr, double %19, !dbg !25
  ; models/coba.ts:57  return [-ge * (1 / this.taue), -gi * (1 / this.taui)];
  %22 = fneg double %ge, !dbg !26
  %23 = fmul double %22, %u4, !dbg !27
  %24 = fmul double %dt, %23, !dbg !27
  %ge.next = fadd double %ge, %24, !dbg !27
  %25 = fneg double %gi, !dbg !28
  %26 = fmul double %25, %u5, !dbg !29
  %27 = fmul double %dt, %26, !dbg !29
  %gi.next = fadd double %gi, %27, !dbg !29
  ; models/coba.ts:18  @state t_last = -1e9; // ms, time of the last spike
  %t_last.next = select i1 %21, double %t, double %t_last, !dbg !30
  ; models/coba.ts:28  this.v = this.Vr;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !31
  store double %v.next, double* %v.addr1, align 8, !dbg !31
  %28 = fsub double %v.next, %v.next, !dbg !31
  %29 = bitcast double %28 to i64, !dbg !31
  %v.bad = or i64 0, %29, !dbg !31
  ; models/coba.ts:64  this.ge = ge;
  %ge.addr2 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !32
  store double %ge.next, double* %ge.addr2, align 8, !dbg !32
  %30 = fsub double %ge.next, %ge.next, !dbg !32
  %31 = bitcast double %30 to i64, !dbg !32
  %ge.bad = or i64 %v.bad, %31, !dbg !32
  ; models/coba.ts:65  this.gi = gi;
  %gi.addr3 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !33
  store double %gi.next, double* %gi.addr3, align 8, !dbg !33
  %32 = fsub double %gi.next, %gi.next, !dbg !33
  %33 = bitcast double %32 to i64, !dbg !33
  %gi.bad = or i64 %ge.bad, %33, !dbg !33
  ; models/coba.ts:29  this.t_last = t;
  br i1 %21, label %t_last.store, label %t_last.stored, !dbg !34

done:                                             ; preds = %t_last.stored, %entry
  ; models/coba.ts:60  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %34 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %34 to i32, !dbg !7
  ret i32 %result, !dbg !7

t_last.store:                                     ; preds = %neuron
  ; models/coba.ts:29  this.t_last = t;
  %t_last.addr4 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !34
  store double %t_last.next, double* %t_last.addr4, align 8, !dbg !34
  br label %t_last.stored, !dbg !34

t_last.stored:                                    ; preds = %t_last.store, %neuron
  %35 = fsub double %t_last.next, %t_last.next, !dbg !34
  %36 = bitcast double %35 to i64, !dbg !34
  %t_last.bad = or i64 %gi.bad, %36, !dbg !34
  ; models/coba.ts:60  update(t: number, dt: number) {
  %spiked.byte = zext i1 %21 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %37 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %37, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DISubprogram(name: "CobaLIF.update", linkageName: "CobaLIF_update", scope: !3, file: !3, line: 60, type: !5, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 60, column: 3, scope: !4)
!8 = !DILocation(line: 60, column: 21, scope: !4)
!9 = !DILocation(line: 22, column: 12, scope: !4)
!10 = !DILocation(line: 22, column: 43, scope: !4)
!11 = !DILocation(line: 52, column: 86, scope: !4)
!12 = !DILocation(line: 57, column: 24, scope: !4)
!13 = !DILocation(line: 57, column: 47, scope: !4)
!14 = !DILocation(line: 22, column: 30, scope: !4)
!15 = !DILocation(line: 63, column: 40, scope: !4)
!16 = !DILocation(line: 63, column: 48, scope: !4)
!17 = !DILocation(line: 52, column: 19, scope: !4)
!18 = !DILocation(line: 63, column: 57, scope: !4)
!19 = !DILocation(line: 52, column: 40, scope: !4)
!20 = !DILocation(line: 52, column: 60, scope: !4)
!21 = !DILocation(line: 52, column: 71, scope: !4)
!22 = !DILocation(line: 52, column: 82, scope: !4)
!23 = !DILocation(line: 15, column: 3, scope: !4)
!24 = !DILocation(line: 27, column: 28, scope: !4)
!25 = !DILocation(line: 28, column: 16, scope: !4)
!26 = !DILocation(line: 57, column: 13, scope: !4)
!27 = !DILocation(line: 57, column: 20, scope: !4)
!28 = !DILocation(line: 57, column: 36, scope: !4)
!29 = !DILocation(line: 57, column: 43, scope: !4)
!30 = !DILocation(line: 18, column: 3, scope: !4)
!31 = !DILocation(line: 28, column: 7, scope: !4)
!32 = !DILocation(line: 64, column: 5, scope: !4)
!33 = !DILocation(line: 65, column: 5, scope: !4)
!34 = !DILocation(line: 29, column: 7, scope: !4)
; braints-hash: 894cad740f70b61d833979e99907e54052445fab311f84c41828c7d94b162ddf
